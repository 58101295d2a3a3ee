# Correct: honest introspection: hasattr/getattr with a constant name, type(), isinstance,
# 'sigmoid' in globals(), callable(); lists of two allowed as pairs.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    f = globals()["sigmoid"] if "sigmoid" in globals() else (lambda x: 1 / (1 + np.exp(-x)))
    s = f(z)
    if type(s) is not np.ndarray:
        s = np.asarray(s)
    return np.multiply(da, s * (1 - s))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    if not callable(activation):
        raise TypeError("activation must be callable")
    z = np.matmul(W, a_prev) + (b if getattr(b, "ndim", 0) == 2 else np.reshape(b, (-1, 1)))
    return [z, activation(z)]
# %% dense_backward
def dense_backward(dz, a_prev):
    if not isinstance(dz, np.ndarray):
        dz = np.array(dz, dtype=float)
    n = a_prev.shape[1] if hasattr(a_prev, "shape") else len(a_prev[0])
    return [dz.dot(np.transpose(a_prev)) / n, dz.mean(axis=1).reshape(-1, 1)]
