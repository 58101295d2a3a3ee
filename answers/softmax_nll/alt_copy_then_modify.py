# Functions that copy their input and then work in place on the copy: allowed (the caller's arrays do
# not change), so they keep every point.
# kind: alt
# %% softmax
def softmax(z):
    z = np.array(z, dtype=float)  # a copy
    z -= np.max(z, axis=0, keepdims=True)
    np.exp(z, out=z)
    z /= np.sum(z, axis=0, keepdims=True)
    return z
# %% relu
def relu(z):
    r = np.array(z, dtype=float)
    r[r < 0] = 0.0
    return r
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2.copy()
    dz2 -= y
    dz1 = W2 @ dz2
    dz1[z1 <= 0] = 0.0
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)
