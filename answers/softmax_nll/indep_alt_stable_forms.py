# From an independent tester (round 105): Numerically-stable rewrites: piecewise sigmoid, sigmoid' as s(z)s(-z), log-sum-exp softmax, tanh-based relu-free forms.
# kind: alt
# score: full
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))          # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    return sigmoid(z) * sigmoid(-z)   # sigma'(z) = sigma(z)(1 - sigma(z)) = sigma(z) sigma(-z)
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.einsum("kt,jt->kj", x, a - y)
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    mx = np.max(z, axis=0, keepdims=True)
    lse = mx + np.log(np.sum(np.exp(z - mx), axis=0, keepdims=True))
    return np.exp(z - lse)
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y)
    return -np.sum(np.log(a, where=y != 0, out=np.zeros_like(a)) * y)
# %% relu
def relu(z):
    return (z + np.abs(z)) / 2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = np.heaviside(z1, 0.0) * (W2 @ dz2)
    return (np.einsum("it,kt->ik", x, dz1), np.einsum("kt->k", dz1)[:, None],
            np.einsum("it,kt->ik", a1, dz2), np.einsum("kt->k", dz2)[:, None])
