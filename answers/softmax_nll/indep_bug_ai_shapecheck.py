# AI-assistant nll_gradient with a defensive shape check that assumes a sigmoid unit: raises ValueError when
# a has more than one row, so it rejects the softmax layers the docstring allows (n > 1). The visible test
# (sigmoid unit) passes; section 3 crashes.
# fails: test_nll_gradient: single row. Your own code raises ValueError (`raise ValueError(f"a must have shape (1, N)
# fails: test_nllm_grad_worked: nll_gradient
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# %% nll_gradient
def nll_gradient(x: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of the summed NLL of a sigmoid unit w.r.t. W."""
    x = np.asarray(x, dtype=float)
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    if a.ndim != 2 or a.shape[0] != 1:
        raise ValueError(f"a must have shape (1, N) for a sigmoid unit, got {a.shape}")
    if y.shape != a.shape:
        raise ValueError("y must match a")
    return x @ (a - y).T
