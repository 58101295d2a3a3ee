# From an independent tester (round 106): Type hints, extra keyword-only arguments with defaults, and calls by keyword with the documented names.
# kind: alt
# score: full
# %% sigmoid_backward
from typing import Callable, Tuple

def sigmoid_backward(da: np.ndarray, z: np.ndarray, *, stable: bool = True) -> np.ndarray:
    if stable:
        e = np.exp(-np.abs(z))
        return da * (e / (1.0 + e)) * (1.0 / (1.0 + e))
    s = sigmoid(z)
    return da * s * (1 - s)
# %% dense_forward
def dense_forward(W: np.ndarray, b: np.ndarray, a_prev: np.ndarray,
                  activation: Callable[[np.ndarray], np.ndarray], *, dtype=float) -> Tuple[np.ndarray, np.ndarray]:
    z = np.matmul(W, a_prev, dtype=dtype) + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz: np.ndarray, a_prev: np.ndarray, average: bool = True) -> Tuple[np.ndarray, np.ndarray]:
    scale = 1.0 / dz.shape[1] if average else 1.0
    return scale * (dz @ a_prev.T), scale * dz.sum(axis=1, keepdims=True)
# %% update_layer
def update_layer(W: np.ndarray, b: np.ndarray, dz: np.ndarray, a_prev: np.ndarray,
                 learning_rate: float = 0.1) -> Tuple[np.ndarray, np.ndarray]:
    dW, db = dense_backward(dz=dz, a_prev=a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da: np.ndarray, z: np.ndarray, a_prev: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    return dense_backward(dz=sigmoid_backward(da=da, z=z), a_prev=a_prev)
