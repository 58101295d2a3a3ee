# From an independent tester (round 118): sigmoid_backward falls back to a hard step (derivative 0) for the WHOLE batch as soon as any entry overflows.
# kind: bug
# fails: test_sigmoid_backward: does a fallback for the overflow
# %% sigmoid_backward
def sigmoid_backward(da, z):
    try:
        with np.errstate(over="raise"):
            s = 1.0 / (1.0 + np.exp(-z))
    except FloatingPointError:
        s = np.where(z > 0, 1.0, 0.0)
    return da * s * (1.0 - s)
