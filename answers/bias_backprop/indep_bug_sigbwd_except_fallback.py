# From an independent tester (round 49).
# Bug in sigmoid_backward (used by section 6): the overflow fallback (except clause) forgets to multiply by da.
# fails: test_sigmoid_backward: and others near 0 is finite but wrong
# %% sigmoid_backward
def sigmoid_backward(da, z):
    try:
        with np.errstate(over="raise"):
            e = np.exp(-z)
            return da * e / (1 + e) ** 2
    except FloatingPointError:
        s = sigmoid(z)
        return s * (1 - s)
