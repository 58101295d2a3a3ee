# Pasted from an AI assistant: type hints, docstrings, np.asarray, valid shape checks, ValueError, copies.
# Every check accepts all inputs the docstrings allow (any n >= 1, lists). Correct.
# kind: alt
# %% activations
from typing import List, Tuple, Union
ArrayLike = Union[np.ndarray, list, float]

def sigmoid(z: ArrayLike) -> np.ndarray:
    """Numerically careful logistic sigmoid."""
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out

def relu(z: ArrayLike) -> np.ndarray:
    """Rectified linear unit."""
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0)

def sigmoid_prime(z: ArrayLike) -> np.ndarray:
    """Derivative of the sigmoid, evaluated at the pre-activation z."""
    s = sigmoid(z)
    return s * (1.0 - s)

def relu_prime(z: ArrayLike) -> np.ndarray:
    """Derivative of the ReLU (0 at the kink)."""
    z = np.asarray(z, dtype=float)
    return (z > 0).astype(float)
# %% loss
def loss(y: ArrayLike, y_hat: ArrayLike) -> np.ndarray:
    """Per-example binary cross-entropy."""
    y = np.asarray(y, dtype=float)
    y_hat = np.asarray(y_hat, dtype=float)
    if y.shape != y_hat.shape:
        raise ValueError(f"shape mismatch: {y.shape} vs {y_hat.shape}")
    return -(y * np.log(y_hat) + (1.0 - y) * np.log(1.0 - y_hat))

def loss_derivative(y: ArrayLike, y_hat: ArrayLike) -> np.ndarray:
    """d loss / d y_hat, per example."""
    y = np.asarray(y, dtype=float)
    y_hat = np.asarray(y_hat, dtype=float)
    if y.shape != y_hat.shape:
        raise ValueError(f"shape mismatch: {y.shape} vs {y_hat.shape}")
    return -y / y_hat + (1.0 - y) / (1.0 - y_hat)
# %% gradient_descent
def gradient_descent(x: np.ndarray, y: np.ndarray, starting_params: List, iterations: int,
                     lr: float) -> Tuple[List[List], List[float]]:
    """Plain gradient descent. Validates its inputs and never mutates them."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 2 or y.ndim != 2 or x.shape[0] != y.shape[0]:
        raise ValueError("x must be (n, 2) and y (n, 1)")
    if iterations < 0:
        raise ValueError("iterations must be non-negative")
    params = [np.array(p, dtype=float, copy=True) if np.ndim(p) else float(p) for p in starting_params]
    trajectories = [list(starting_params)]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(int(iterations)):
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
