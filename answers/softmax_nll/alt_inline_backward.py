# backward does not call forward: it recomputes the forward pass inline with its own stable softmax,
# uses np.dot and np.heaviside for the ReLU derivative, and sums with [:, None].
# kind: alt
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1 = np.dot(W1.T, x) + b1
    a1 = np.maximum(z1, 0)
    z2 = np.dot(W2.T, a1) + b2
    e = np.exp(z2 - z2.max(axis=0, keepdims=True))
    a2 = e / e.sum(axis=0, keepdims=True)
    delta2 = a2 - y
    delta1 = np.dot(W2, delta2) * np.heaviside(z1, 0.0)
    return np.dot(x, delta1.T), delta1.sum(axis=1)[:, None], np.dot(a1, delta2.T), delta2.sum(axis=1)[:, None]
