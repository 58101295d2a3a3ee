# float32 all the way through, whatever it is given: every function converts its inputs and the results
# of the functions it calls to float32 (so even with the tests' float64 forward, backward returns float32).
# kind: alt
# %% sigmoid_der
def sigmoid_der(z):
    s = np.asarray(sigmoid(np.asarray(z, dtype=np.float32)), dtype=np.float32)
    return s * (1 - s)
# %% nll_gradient
def nll_gradient(x, a, y):
    f32 = np.float32
    return np.asarray(x, f32) @ (np.asarray(a, f32) - np.asarray(y, f32)).T
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = (np.asarray(v, dtype=np.float32) for v in forward(x, W1, b1, W2, b2))
    x, y, W2 = (np.asarray(v, dtype=np.float32) for v in (x, y, W2))
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)
