# From an independent tester (round 95): Integer-friendly versions with guards and extra keyword arguments with defaults: softmax(z, axis=0), relu(z, slope=0.0), nllm(a, y, eps=0.0), sigmoid_der through exp(-|z|)/(1+exp(-|z|))^2.
# kind: alt
# %% sigmoid_der
def sigmoid_der(z, *, stable=True):
    e = np.exp(-np.abs(np.asarray(z, dtype=float)))
    return e / (1.0 + e) ** 2
# %% softmax
def softmax(z, axis=0):
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(float)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
# %% relu
def relu(z, slope=0.0):
    z = np.asarray(z)
    return np.where(z > 0, z, slope * z) if slope else np.maximum(z, 0)
# %% nllm
def nllm(a, y, eps=0.0):
    a = np.asarray(a, dtype=float); y = np.asarray(y)
    assert a.shape == y.shape
    return float(-np.sum(y * np.log(a + eps), where=(y != 0)))
