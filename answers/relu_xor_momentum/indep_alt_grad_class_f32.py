# From an independent tester (round 106): grad_f through a small layer class of its own that caches the forward pass, computed in float32 with shape assertions.
# kind: alt
# score: full
# %% grad_f
class _Net:
    def __init__(self, params, dtype=np.float32):
        W, b, v, c = params
        self.W = np.array(W, dtype=dtype)
        self.b = np.array(b, dtype=dtype).reshape(1, 3)
        self.v = np.array(v, dtype=dtype).reshape(3, 1)
        self.c = dtype(c)
        self.dtype = dtype

    def forward(self, x):
        self.x = np.array(x, dtype=self.dtype)
        self.z = self.x @ self.W + self.b
        self.a = relu(self.z)
        self.s = self.a @ self.v + self.c
        self.y_hat = sigmoid(self.s)
        return self.y_hat

    def backward(self, y):
        y = np.array(y, dtype=self.dtype)
        ds = loss_derivative(y, self.y_hat) * sigmoid_prime(self.s)
        dv = self.a.T @ ds
        dc = ds.sum()
        dz = (ds @ self.v.T) * relu_prime(self.z)
        dW = self.x.T @ dz
        db = dz.sum(axis=0, keepdims=True)
        assert dW.shape == (2, 3) and db.shape == (1, 3) and dv.shape == (3, 1)
        return [dW, db, dv, dc]


def grad_f(params, x, y):
    assert x.ndim == 2 and x.shape[1] == 2, "x must be (n, 2)"
    net = _Net(params)
    net.forward(x)
    dW, db, dv, dc = net.backward(y)
    return [dW.astype(np.float64), db.astype(np.float64), dv.astype(np.float64), float(dc)]
