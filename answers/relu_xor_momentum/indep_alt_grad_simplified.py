# From an independent tester (round 106): grad_f with the simplified output error y_hat - y, relu_prime applied to a (same mask), einsum products, type hints.
# kind: alt
# score: full
# %% grad_f
from typing import List


def grad_f(params: list, x: np.ndarray, y: np.ndarray) -> List:
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = y_hat - y                       # dL/ds for sigmoid + cross-entropy
    dv = np.einsum("ni,nk->ik", a, delta)
    dc = np.sum(delta, axis=0)              # one-element array
    dz = (delta * v.T) * relu_prime(a)      # a > 0 exactly where z > 0
    dW = np.einsum("ni,nj->ij", x, dz)
    db = dz.sum(axis=0, keepdims=True)
    return [dW, db, dv, dc]
