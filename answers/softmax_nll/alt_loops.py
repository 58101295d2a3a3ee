# Correct answers written with explicit loops over samples and entries, the way a student who does not
# trust broadcasting writes them: every function gives the model solution's values.
# kind: alt
# %% nll_gradient
def nll_gradient(x, a, y):
    m, N = x.shape
    n = a.shape[0]
    grad = np.zeros((m, n))
    for t in range(N):
        for k in range(m):
            for j in range(n):
                grad[k, j] += x[k, t] * (a[j, t] - y[j, t])
    return grad
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - np.max(z))
        return e / np.sum(e)
    out = np.empty_like(z)
    for t in range(z.shape[1]):
        col = z[:, t]
        e = np.exp(col - col.max())
        out[:, t] = e / e.sum()
    return out
# %% nllm
def nllm(a, y):
    a = np.atleast_1d(a)
    y = np.atleast_1d(y)
    total = 0.0
    for aj, yj in zip(a.ravel(), y.ravel()):
        if yj != 0:
            total -= yj * np.log(aj)
    return total
# %% relu
def relu(z):
    return np.where(z > 0, z, 0)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dW1, db1 = np.zeros(W1.shape), np.zeros(b1.shape)
    dW2, db2 = np.zeros(W2.shape), np.zeros(b2.shape)
    for t in range(x.shape[1]):
        d2 = a2[:, t:t + 1] - y[:, t:t + 1]
        dW2 += a1[:, t:t + 1] @ d2.T
        db2 += d2
        d1 = (W2 @ d2) * (z1[:, t:t + 1] > 0)
        dW1 += x[:, t:t + 1] @ d1.T
        db1 += d1
    return dW1, db1, dW2, db2
