# Two bugs at once in backprop: the output Delta is y_out - y_target (Part 1's cross-entropy delta, the
# f'(z_out) factor is missing) AND the weight gradients are sums (no 1/N); bias gradients are means.
# fails: test_backprop: db_layer[1]: the output Delta lacks f'(z_out)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    L = len(weights)
    dw_layer, db_layer = [None] * L, [None] * L
    delta = y_layer[-1] - y_target
    for j in range(L - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta
        db_layer[j] = delta.mean(axis=0)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
