# From an independent tester (round 123): softmax's shift clipped to [-700, 700] "so that exp never overflows": nan for columns beyond about +-1409 (softmax([2000, 2001]) overflows, softmax([-2000, -2001]) is 0/0); the tests stopped at +-1000.
# kind: bug
# fails: test_softmax: contains nan
# fails: test_softmax_batch: contains nan
# %% softmax
def softmax(z):
    c = np.clip(np.max(z, axis=0, keepdims=True), -700.0, 700.0)
    e = np.exp(z - c)
    return e / np.sum(e, axis=0, keepdims=True)
