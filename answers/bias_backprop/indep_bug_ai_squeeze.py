# AI-assistant defensive code: "normalise" inputs with np.atleast_2d(np.squeeze(...)). With a batch of one
# the (N, 1) column becomes (1, N): the shapes go wrong (crash) only for B = 1 (or one unit).
# fails: test_dense_backward_dW: your own code raises ValueError
# fails: test_dense_backward_db: your own code raises ValueError
# %% dense_backward
def dense_backward(dz: np.ndarray, a_prev: np.ndarray):
    """Robust gradient computation (handles extra singleton dimensions)."""
    dz = np.atleast_2d(np.squeeze(np.asarray(dz, dtype=float)))
    a_prev = np.atleast_2d(np.squeeze(np.asarray(a_prev, dtype=float)))
    if dz.shape[1] != a_prev.shape[1]:
        raise ValueError(f"Batch size mismatch: dz has {dz.shape[1]} samples, a_prev has {a_prev.shape[1]}")
    batch_size = dz.shape[1]
    dW = dz @ a_prev.T / batch_size
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
