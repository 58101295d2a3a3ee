# Correct: a DenseLayer class with forward/backward/step methods; the graded functions are thin wrappers
# that build a fresh layer object per call (copies of W and b), and a module-level call counter that is
# bookkeeping only and never affects results.
# kind: alt
# %% dense_forward
class DenseLayer:
    calls = 0  # class attribute, just counts calls

    def __init__(self, W, b):
        self.W = np.array(W, dtype=float)
        self.b = np.array(b, dtype=float).reshape(-1, 1)

    def forward(self, a_prev, activation):
        DenseLayer.calls += 1
        self.a_prev = a_prev
        self.z = self.W @ a_prev + self.b
        return self.z, activation(self.z)

    @staticmethod
    def grads(dz, a_prev):
        DenseLayer.calls += 1
        B = dz.shape[1]
        return dz @ a_prev.T / B, dz.mean(axis=1).reshape(-1, 1)

    def step(self, dz, a_prev, lr):
        dW, db = self.grads(dz, a_prev)
        self.W = self.W - lr * dW
        self.b = self.b - lr * db
        return self.W, self.b


def dense_forward(W, b, a_prev, activation):
    return DenseLayer(W, b).forward(a_prev, activation)
# %% dense_backward
def dense_backward(dz, a_prev):
    return DenseLayer.grads(dz, a_prev)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = dz.mean(axis=1, keepdims=True)
    layer = {"W": W.copy(), "b": b.copy()}
    layer["W"] = layer["W"] - learning_rate * dW
    layer["b"] = layer["b"] - learning_rate * db
    return layer["W"], layer["b"]
