# From an independent tester (round 125): gradient_step reuses updated biases from a cache keyed by (shape, sum of b): layers with equal widths and equal bias sums (e.g. the zero biases init_net makes for [2, 20, 20, 1]) get the other layer's new bias.
# kind: bug
# fails: test_gradient_step: it got biases[0]'s new value
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_weights = [w - eta * dw for w, dw in zip(weights, dw_layer)]
    cache = {}
    new_biases = []
    for b, db in zip(biases, db_layer):
        key = (b.shape, float(np.sum(b)))
        if key not in cache:
            cache[key] = b - eta * db
        new_biases.append(cache[key])
    return new_weights, new_biases
