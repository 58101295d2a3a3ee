# From an independent tester (round 51).
# The state message quoted the inner check's hint "It must have the shape of W", though the shape was right.
# Bug (nll_gradient): a running total per shape in a mutable default argument, never reset: later calls add the
# earlier gradients.
# fails: test_nll_gradient: keeps something from one call to the next
# self-check: test_nll_gradient: keeps something from one call to the next
# %% nll_gradient
def nll_gradient(x, a, y, _buf={}):
    key = (x.shape[0], a.shape[0])
    if key not in _buf:
        _buf[key] = np.zeros(key)
    _buf[key] += x @ (a - y).T
    return _buf[key]
