# Bug (backprop): the per-sample loop assigns instead of accumulating (dw = ... instead of dw += ...),
# so only the LAST sample's contribution survives, then it is divided by N: a gradient from one sample
# used for the whole batch. Right for a batch of one only.
# fails: test_backprop: the gradient of the last sample alone
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw = np.zeros(weights[j].shape)
        db = np.zeros(weights[j].shape[1])
        for s in range(N):
            dw = np.outer(y_layer[j][s], delta[s])
            db = delta[s].copy()
        dw_layer[j] = dw / N
        db_layer[j] = db / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
