# AI-assistant style: type hints, docstrings, np.asarray + float casts, asserts/ValueError on shapes that are
# all compatible with the documented inputs (1-D or 2-D z; integer one-hot y). Correct.
# kind: alt
# %% sigmoid
from typing import Tuple
def sigmoid(z: np.ndarray) -> np.ndarray:
    """Numerically careful logistic sigmoid."""
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out
# %% sigmoid_der
def sigmoid_der(z: np.ndarray) -> np.ndarray:
    """sigma'(z) = sigma(z) (1 - sigma(z))."""
    s = sigmoid(np.asarray(z, dtype=np.float64))
    return s * (1.0 - s)
# %% nll_gradient
def nll_gradient(x: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """dNLL/dW = x (a - y)^T, summed over the batch."""
    x = np.asarray(x, dtype=np.float64)
    a = np.asarray(a, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 2 or a.ndim != 2:
        raise ValueError(f"expected 2-D arrays, got x {x.shape}, a {a.shape}")
    if a.shape != y.shape:
        raise ValueError(f"a {a.shape} and y {y.shape} must have the same shape")
    if x.shape[1] != a.shape[1]:
        raise ValueError("x and a must have the same number of samples")
    grad = x @ (a - y).T
    assert grad.shape == (x.shape[0], a.shape[0])
    return grad
# %% softmax
def softmax(z: np.ndarray) -> np.ndarray:
    """Stable softmax over axis 0 for 1-D or 2-D input."""
    z = np.asarray(z, dtype=np.float64)
    if z.ndim not in (1, 2):
        raise ValueError(f"softmax expects a 1-D or 2-D array, got shape {z.shape}")
    shifted = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=0, keepdims=True)
# %% nllm
def nllm(a: np.ndarray, y: np.ndarray) -> float:
    """Summed multiclass NLL."""
    a = np.asarray(a, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if a.shape != y.shape:
        raise ValueError(f"shape mismatch: a {a.shape} vs y {y.shape}")
    return float(-np.sum(y * np.log(a)))
# %% backward
def backward(x: np.ndarray, y: np.ndarray, W1: np.ndarray, b1: np.ndarray,
             W2: np.ndarray, b2: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Backprop through ReLU-softmax network; returns (dW1, db1, dW2, db2)."""
    y = np.asarray(y, dtype=np.float64)
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = np.asarray(x, dtype=np.float64) @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    for g, p in ((dW1, W1), (db1, b1), (dW2, W2), (db2, b2)):
        assert g.shape == np.shape(p), (g.shape, np.shape(p))
    return dW1, db1, dW2, db2
