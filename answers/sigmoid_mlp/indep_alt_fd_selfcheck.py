# From an independent tester (round 68): derived gradients with finite-difference self-checks inside asserts; backprop's unit-step difference was
# flagged as an estimate although only an assert read it (now it is not).
# kind: other
# Session 44: backprop's self-check builds its step in np.zeros_like(weights[-1]), an integer array for whole-number
# weights (which the docstring allows, round 106), so the step is 0 and the self-check's assert refuses a right result.
# fails: test_backprop: your own code raises AssertionError
# Derived gradients, each guarded by an assert that compares them with a finite-difference estimate (a self-check only; the returned values are the derived ones).
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        f = 1.0 / (1.0 + np.exp(-z))
        df = f * (1.0 - f)
        h = 1e-5
        fd = (1.0 / (1.0 + np.exp(-(z + h))) - 1.0 / (1.0 + np.exp(-(z - h)))) / (2 * h)
    assert np.allclose(df, fd, atol=1e-7), "sigmoid derivative self-check failed"
    return f, df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer, db_layer = [None] * len(weights), [None] * len(weights)
    for j in range(len(weights) - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.mean(axis=0)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    # self-check of the last layer's weight gradient: C as a function of the top weights, inputs y_layer[-2]
    z_top = np.log(np.clip(y_layer[-1], 1e-300, None)) - np.log(np.clip(1 - y_layer[-1], 1e-300, None))
    b_top = (z_top - y_layer[-2] @ weights[-1]).mean(axis=0)
    if np.all(np.isfinite(b_top)) and np.allclose(y_layer[-2] @ weights[-1] + b_top, z_top, atol=1e-6):
        def cost(w):
            y = 1 / (1 + np.exp(-(y_layer[-2] @ w + b_top)))
            return 0.5 * np.sum((y - y_target) ** 2) / N
        h = 1e-6
        E = np.zeros_like(weights[-1])
        E[0, 0] = h
        fd = (cost(weights[-1] + E) - cost(weights[-1] - E)) / (2 * h)
        assert abs(fd - dw_layer[-1][0, 0]) <= 1e-5 + 1e-3 * abs(fd), "backprop self-check failed"
    return dw_layer, db_layer
