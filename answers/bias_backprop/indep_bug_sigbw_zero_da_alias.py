# From an independent tester (round 118): sigmoid_backward shortcut: when da is all zeros it returns da itself, the caller's array, not a new one.
# kind: bug
# fails: test_sigmoid_backward: returned its argument da itself
# %% sigmoid_backward
def sigmoid_backward(da, z):
    if not np.any(da):
        return da                      # nothing flows back
    s = 1.0 / (1.0 + np.exp(-np.clip(z, -700, 700)))
    return da * s * (1.0 - s)
