# From an independent tester (round 106): Softmax through a log-sum-exp helper of my own, exp(z - lse(z)), with the column max as the shift.
# kind: alt
# score: full
# %% softmax
def _logsumexp(z, axis=0):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))

def softmax(z):
    z = np.array(z, dtype=float, copy=True)
    return np.exp(z - _logsumexp(z, axis=0))
