# AI-assistant style: "normalise" inputs with np.squeeze(np.atleast_1d(...)). For a layer with ONE output,
# dy squeezes to a 0-d array, so W.T @ dy raises and db has shape () instead of (1,). Right for every
# layer with 2+ outputs (the visible 3x2 example passes).
# fails: test_linear_dx: Here the layer has a single output
# fails: test_linear_dW: Here the layer has a single output
# fails: test_linear_db: Here the layer has a single output
# %% linear_backward
def linear_backward(dy, x, W, b):
    """Backward pass of a linear layer (robust to column/row vectors)."""
    dy = np.squeeze(np.atleast_1d(np.asarray(dy, dtype=float)))
    x = np.squeeze(np.atleast_1d(np.asarray(x, dtype=float)))
    W = np.asarray(W, dtype=float)
    if W.ndim != 2:
        raise ValueError("W must be 2-D")
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy.copy()
    return dx, dW, db
