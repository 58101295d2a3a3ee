# From an independent tester (round 78): a float32 softmax written exp(z - logsumexp(z)) (max-shifted log-sum-exp).
# Correct to float32's rounding, but the log-sum-exp of entries near 1000 is rounded by up to 3.1e-5 (half a float32
# spacing there), beyond the policy's 2e-5: it lost test_softmax and test_softmax_batch, told "its columns sum to
# [1.0], not 1", on some hidden draws and not others. A float32 answer now also gets one float32 spacing at the
# inputs' largest magnitude (checks.softmax_nll.softmax_rtol).
# kind: alt
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float32)
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return (s * (1 - s)).astype(np.float32)
# %% nll_gradient
def nll_gradient(x, a, y):
    d = np.asarray(a, dtype=np.float32) - np.asarray(y, dtype=np.float32)
    return np.einsum("kt,jt->kj", np.asarray(x, dtype=np.float32), d)
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=np.float32)
    c = np.max(z, axis=0, keepdims=True)
    lse = c + np.log(np.sum(np.exp(z - c), axis=0, keepdims=True))
    return np.exp(z - lse)
# %% nllm
def nllm(a, y):
    return float(-np.einsum("i,i->", np.asarray(y, dtype=np.float32).ravel(), np.log(np.asarray(a, dtype=np.float32)).ravel()))
# %% relu
def relu(z):
    return np.maximum(np.asarray(z, dtype=np.float32), np.float32(0))
# %% forward
def forward(x, W1, b1, W2, b2):
    f = lambda v: np.asarray(v, dtype=np.float32)
    z1 = np.einsum("mh,mt->ht", f(W1), f(x)) + f(b1)
    a1 = relu(z1)
    z2 = np.einsum("hn,ht->nt", f(W2), a1) + f(b2)
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - np.asarray(y, dtype=np.float32)
    dW2 = np.einsum("ht,nt->hn", a1, dz2)
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = np.einsum("hn,nt->ht", np.asarray(W2, dtype=np.float32), dz2) * (z1 > 0)
    dW1 = np.einsum("mt,ht->mh", np.asarray(x, dtype=np.float32), dz1)
    db1 = dz1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
