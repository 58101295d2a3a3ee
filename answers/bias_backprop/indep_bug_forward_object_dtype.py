# From an independent tester (round 79): Bug: dense_forward builds z from Python lists into an array of dtype object (right numbers, wrong kind of array).
# kind: bug
# Was told "RemoteError: raised by your dense_forward" and nothing else.
# fails: test_dense_forward: with a numpy array of dtype object
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.array([[sum(W[i, k] * a_prev[k, s] for k in range(W.shape[1])) + b[i, 0]
                   for s in range(a_prev.shape[1])] for i in range(W.shape[0])], dtype=object)
    return z, activation(z)
