# From an independent tester (round 74): backprop calls weights.reverse() (and df_layer.reverse()) on the caller's lists to loop from the top, and never restores them.
# kind: bug
# fails: test_backprop
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    weights.reverse()
    df_layer.reverse()
    N = y_target.shape[0]
    L = len(weights)
    delta = (y_layer[-1] - y_target) * df_layer[0]
    dw, db = [], []
    for k in range(L):
        j = L - 1 - k
        dw.append(y_layer[j].T @ delta / N)
        db.append(delta.sum(axis=0) / N)
        if k < L - 1:
            delta = backward_step(delta, weights[k], df_layer[k + 1])
    return dw[::-1], db[::-1]
