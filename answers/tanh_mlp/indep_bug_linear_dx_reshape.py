# From an independent tester (round 8): dx's message did not name the reshape.
# linear_backward "transposes" W with reshape (W.reshape(in, out)) instead of W.T: right shape, scrambled values.
# fails: test_linear_dx: reshaped
# %% linear_backward
def linear_backward(dy, x, W, b):
    n_out, n_in = W.shape
    dx = W.reshape(n_in, n_out) @ dy
    dW = np.outer(dy, x)
    db = dy.copy()
    return dx, dW, db
