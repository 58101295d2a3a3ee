# From an independent tester (round 88): sigmoid_backward sets sigma' to 0 for z > 20 only (a one-sided guard "because sigmoid saturates"): wrong for z in (20, ~37) where float64 still resolves it.
# kind: bug
# fails: test_sigmoid_backward: a guard that sets it to 0
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * np.where(z > 20, 0.0, s * (1 - s))
