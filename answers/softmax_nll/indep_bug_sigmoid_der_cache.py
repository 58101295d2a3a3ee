# sigmoid_der caches sigma(z) in a function attribute keyed by the SHAPE of z ("to avoid recomputing"):
# from the second call with an array of the same shape, it returns the derivative at the FIRST z.
# Only shows after several calls with same-shape inputs at different points.
# Round 34: kept the points (never called twice with one shape); the hidden check now calls it again.
# fails: test_sigmoid_der: some of the arguments only
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    cache = sigmoid_der.__dict__.setdefault("cache", {})
    if z.shape not in cache:
        cache[z.shape] = sigmoid(z)
    s = cache[z.shape]
    return s * (1 - s)
