# Pasted from an AI assistant: type hints, docstrings, np.asarray, float casts, shape checks that are right
# (they accept batch of one, one unit, non-square layers), raise ValueError on real mismatches. Correct.
# kind: alt
# %% dense_backward
from typing import Tuple


def dense_backward(dz: np.ndarray, a_prev: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Compute gradients of the batch-averaged cost.

    Raises:
        ValueError: if the batch sizes of dz and a_prev differ.
    """
    dz = np.asarray(dz, dtype=np.float64)
    a_prev = np.asarray(a_prev, dtype=np.float64)
    if dz.ndim != 2 or a_prev.ndim != 2:
        raise ValueError(f"expected 2-D arrays, got {dz.ndim}-D and {a_prev.ndim}-D")
    if dz.shape[1] != a_prev.shape[1]:
        raise ValueError(f"batch size mismatch: {dz.shape[1]} vs {a_prev.shape[1]}")
    batch_size = dz.shape[1]
    dW = (dz @ a_prev.T) / batch_size
    db = np.sum(dz, axis=1, keepdims=True) / batch_size
    assert dW.shape == (dz.shape[0], a_prev.shape[0])
    assert db.shape == (dz.shape[0], 1)
    return dW, db
# %% update_layer
def update_layer(W: np.ndarray, b: np.ndarray, dz: np.ndarray, a_prev: np.ndarray,
                 learning_rate: float) -> Tuple[np.ndarray, np.ndarray]:
    """Perform one SGD step without modifying the inputs."""
    if not np.isscalar(learning_rate) and np.ndim(learning_rate) != 0:
        raise ValueError("learning_rate must be a scalar")
    learning_rate = float(learning_rate)
    W = np.array(W, dtype=np.float64, copy=True)
    b = np.array(b, dtype=np.float64, copy=True).reshape(-1, 1)
    dW, db = dense_backward(dz, a_prev)
    db = np.reshape(db, b.shape)
    if dW.shape != W.shape:
        raise ValueError(f"dW shape {dW.shape} does not match W shape {W.shape}")
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da: np.ndarray, z: np.ndarray, a_prev: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Backward pass of a sigmoid dense layer."""
    da = np.asarray(da, dtype=np.float64)
    z = np.asarray(z, dtype=np.float64)
    if da.shape != z.shape:
        raise ValueError(f"da and z must have the same shape, got {da.shape} and {z.shape}")
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
