# From an independent tester (round 106): Lists for the returned pairs, a small Dense class of the student's own, and np.where for a piecewise stable sigma'.
# kind: alt
# score: full
# %% sigmoid_backward
def _sigma_prime(z):
    z = np.asarray(z, dtype=float)
    neg = np.minimum(z, 0.0)   # exp of non-positive numbers only
    pos = np.maximum(z, 0.0)
    e = np.where(z < 0, np.exp(neg), np.exp(-pos))
    return e / (1.0 + e) ** 2

def sigmoid_backward(da, z):
    return np.multiply(da, _sigma_prime(z))
# %% dense_forward
class Dense:
    def __init__(self, W, b):
        self.W = np.array(W, dtype=float)
        self.b = np.array(b, dtype=float)

    def __call__(self, a_prev, activation):
        z = self.W @ a_prev + self.b
        return [z, activation(z)]

def dense_forward(W, b, a_prev, activation):
    return Dense(W, b)(a_prev, activation)
# %% dense_backward
def dense_backward(dz, a_prev):
    cols = [np.outer(dz[:, s], a_prev[:, s]) for s in range(dz.shape[1])]
    dW = sum(cols) / len(cols)
    db = np.array([[row.mean()] for row in dz])
    return [dW, db]
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    grads = dense_backward(dz, a_prev)
    return [p - learning_rate * g for p, g in zip((W, b), grads)]
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return list(dense_backward(da * _sigma_prime(z), a_prev))
