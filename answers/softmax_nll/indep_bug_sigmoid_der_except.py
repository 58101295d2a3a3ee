# From an independent tester (round 49).
# sigmoid_der: overflow fallback (except FloatingPointError) returns the step function (the limit of sigma, not of sigma').
# fails: test_sigmoid_der: and others near 0 is finite but wrong
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    try:
        with np.errstate(over="raise"):
            s = 1.0 / (1.0 + np.exp(-z))
    except FloatingPointError:
        return np.where(z > 0, 1.0, 0.0)
    return s * (1 - s)
