# Correct: every graded function computes in float32 and returns float32 (the notebook accepts float32
# answers); the optimisers keep float64 parameters (only the arithmetic of the helpers is float32).
# kind: alt
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    return np.float32(1) / (np.float32(1) + np.exp(-z))


def relu(z):
    z = np.asarray(z, dtype=np.float32)
    return np.maximum(z, np.float32(0))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (np.float32(1) - s)


def relu_prime(z):
    return (np.asarray(z) > 0).astype(np.float32)
# %% loss
def loss(y, y_hat):
    y = np.asarray(y, dtype=np.float32)
    y_hat = np.asarray(y_hat, dtype=np.float32)
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    y = np.asarray(y, dtype=np.float32)
    y_hat = np.asarray(y_hat, dtype=np.float32)
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    X = np.asarray(X, dtype=np.float32)
    z = X @ W.astype(np.float32) + b.astype(np.float32)
    return sigmoid(relu(z) @ v.astype(np.float32) + np.float32(c))
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    f = np.float32
    x = x.astype(f)
    z = x @ W.astype(f) + b.astype(f)
    a = relu(z)
    s = a @ v.astype(f) + f(c)
    y_hat = sigmoid(s)
    ds = (loss_derivative(y, y_hat) * sigmoid_prime(s)).astype(f)
    dz = (ds @ v.astype(f).T) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ ds, f(ds.sum())]
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.stack([G1.ravel(), G2.ravel()], axis=1).astype(np.float32)
    return (yhat(pts, params) >= 0.5).astype(np.float32).reshape(G1.shape)
