# From an independent tester (round 132): softmax with exp approximated by compound interest (1 + u/2^20)^(2^20) (20 squarings), returned as float32
# kind: bug
# fails: test_softmax: an approximation of exp
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=np.float64)
    u = z - np.max(z, axis=0, keepdims=True)
    e = np.maximum(1.0 + u / 1048576.0, 0.0)
    for _ in range(20):
        e = e * e
    return (e / np.sum(e, axis=0, keepdims=True)).astype(np.float32)
