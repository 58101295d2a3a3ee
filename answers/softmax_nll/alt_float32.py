# Every function computes in float32 (a student who read that float32 is faster): correct answers,
# accepted by the course's float policy; the worked answers come out in float32 too.
# kind: alt
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    return np.float32(1) / (np.float32(1) + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return s * (np.float32(1) - s)
# %% nll_gradient
def nll_gradient(x, a, y):
    x, a, y = (np.asarray(v, dtype=np.float32) for v in (x, a, y))
    return x @ (a - y).T
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    a, y = np.asarray(a, dtype=np.float32), np.asarray(y, dtype=np.float32)
    return -np.sum(y * np.log(a))
# %% relu
def relu(z):
    return np.maximum(np.asarray(z, dtype=np.float32), np.float32(0))
# %% forward
def forward(x, W1, b1, W2, b2):
    x, W1, b1, W2, b2 = (np.asarray(v, dtype=np.float32) for v in (x, W1, b1, W2, b2))
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    x, y, W2 = (np.asarray(v, dtype=np.float32) for v in (x, y, W2))
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)
