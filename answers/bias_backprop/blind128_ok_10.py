# From a blind tester (round 128: the release notebook only, no tests read): class-based helper (a small Dense layer object) used inside the functions, per-unit loop in forward
# kind: alt
# base: blank
# %% sigmoid_backward
class _Sigmoid:
    """Sigmoid nonlinearity with its exact local derivative."""

    @staticmethod
    def value(z):
        return sigmoid(z)

    @classmethod
    def derivative(cls, z):
        s = cls.value(z)
        return s * (1.0 - s)


def sigmoid_backward(da, z):
    return da * _Sigmoid.derivative(z)
# %% dense_forward
class _Dense:
    def __init__(self, W, b):
        self.W, self.b = W, b

    def pre_activation(self, a_prev):
        rows = [self.W[i] @ a_prev + self.b[i, 0] for i in range(self.W.shape[0])]
        return np.array(rows, dtype=float).reshape(self.W.shape[0], a_prev.shape[1])

    @staticmethod
    def grads(dz, a_prev):
        B = dz.shape[1]
        return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B


def dense_forward(W, b, a_prev, activation):
    z = _Dense(W, b).pre_activation(a_prev)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    return _Dense.grads(dz, a_prev)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * _Sigmoid.derivative(z)
    return dense_backward(dz, a_prev)
