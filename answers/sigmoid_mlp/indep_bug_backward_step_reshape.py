# backward_step "transposes" w with reshape (w.reshape(n_upper, n_lower)) instead of w.T: same shape,
# scrambled values (only right when a dimension is 1).
# fails: test_backward_step: reshaped to the shape of w^T, not by w^T
# %% backward_step
def backward_step(delta, w, df):
    n_lower, n_upper = w.shape
    return (delta @ w.reshape(n_upper, n_lower)) * df
