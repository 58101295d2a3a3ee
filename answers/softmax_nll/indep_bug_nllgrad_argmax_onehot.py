# From an independent tester (round 88): nll_gradient builds a - y by subtracting 1 at argmax(y) of each column: right for one-hot softmax targets, wrong for a sigmoid unit whose y = 0 samples still get -1.
# kind: bug
# fails: test_nll_gradient: treats y as one-hot labels
# %% nll_gradient
def nll_gradient(x, a, y):
    d = np.array(a, dtype=float)
    d[np.argmax(y, axis=0), np.arange(d.shape[1])] -= 1.0
    return x @ d.T
