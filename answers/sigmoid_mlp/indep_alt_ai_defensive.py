# An AI-assistant style Part 2: type hints, docstrings, np.asarray, float casts, asserts and ValueErrors on
# shapes -- but every check accepts all valid inputs (batch of one, one unit, non-square layers, lists). Correct.
# kind: alt
# %% net_f_df
from typing import List, Sequence, Tuple


def net_f_df(z: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Numerically stable sigmoid and its derivative.

    Uses exp(-|z|) so that no overflow warning is raised for large |z|.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    f = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    df = f * (1.0 - f)
    return f, df
# %% forward
def forward_step(y: np.ndarray, w: np.ndarray, b: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """One layer z = y w + b followed by the sigmoid."""
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    b = np.asarray(b, dtype=float)
    if y.ndim != 2:
        raise ValueError(f"y must be 2-D (N, neurons lower), got shape {y.shape}")
    if y.shape[1] != w.shape[0]:
        raise ValueError(f"shape mismatch: y {y.shape} vs w {w.shape}")
    if b.shape != (w.shape[1],):
        raise ValueError(f"b must have shape ({w.shape[1]},), got {b.shape}")
    z = y @ w + b
    return net_f_df(z)


def apply_net(y_in: np.ndarray, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray]):
    """Forward pass through all layers; returns (y_out, y_layer, df_layer)."""
    if len(weights) != len(biases):
        raise ValueError("weights and biases must have the same length")
    y = np.asarray(y_in, dtype=float)
    y_layer: List[np.ndarray] = [y]
    df_layer: List[np.ndarray] = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
# %% backward_step
def backward_step(delta: np.ndarray, w: np.ndarray, df: np.ndarray) -> np.ndarray:
    """Delta_lower = (Delta w^T) * f'(z_lower)."""
    delta = np.asarray(delta, dtype=float)
    w = np.asarray(w, dtype=float)
    df = np.asarray(df, dtype=float)
    assert delta.shape[1] == w.shape[1], "delta and w disagree on the upper layer"
    assert df.shape == (delta.shape[0], w.shape[0]), "df has the wrong shape"
    return np.dot(delta, w.T) * df
# %% backprop
def backprop(y_target: np.ndarray, y_layer: Sequence[np.ndarray], df_layer: Sequence[np.ndarray],
             weights: Sequence[np.ndarray]) -> Tuple[List[np.ndarray], List[np.ndarray]]:
    """Gradients of C = 1/(2N) sum ||y_out - y_target||^2."""
    n_layers = len(weights)
    if len(y_layer) != n_layers + 1 or len(df_layer) != n_layers:
        raise ValueError("y_layer must have len(weights)+1 entries and df_layer len(weights)")
    y_target = np.asarray(y_target, dtype=float)
    N = y_target.shape[0]
    dw_layer: List[np.ndarray] = [np.empty(0)] * n_layers
    db_layer: List[np.ndarray] = [np.empty(0)] * n_layers
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(n_layers - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.mean(axis=0)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights: List[np.ndarray], biases: List[np.ndarray], dw_layer: List[np.ndarray],
                  db_layer: List[np.ndarray], eta: float) -> Tuple[List[np.ndarray], List[np.ndarray]]:
    """Returns new lists; the given ones are not touched."""
    if not (len(weights) == len(biases) == len(dw_layer) == len(db_layer)):
        raise ValueError("all four lists must have one entry per layer")
    eta = float(eta)
    new_w = [np.asarray(w, dtype=float) - eta * np.asarray(dw) for w, dw in zip(weights, dw_layer)]
    new_b = [np.asarray(b, dtype=float) - eta * np.asarray(db) for b, db in zip(biases, db_layer)]
    return new_w, new_b
# %% train_net
def train_net(y_in: np.ndarray, y_target: np.ndarray, weights: List[np.ndarray], biases: List[np.ndarray],
              eta: float) -> Tuple[List[np.ndarray], List[np.ndarray], float]:
    """One training step; the cost is that of the forward pass before the step."""
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    y_target = np.asarray(y_target, dtype=float)
    N = y_target.shape[0]
    cost = float(0.5 * np.sum((y_out - y_target) ** 2) / N)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
