# Shape bug that shows only for one output neuron (or batch of one): db = np.squeeze(delta.mean(axis=0))
# turns the (1,) bias gradient of a single-output layer into a 0-d array. Visible check ([2,3,2]) passes.
# fails: test_backprop: shape
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer, db_layer = [], []
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.append(np.squeeze(y_layer[j].T @ delta / N))
        db_layer.append(np.squeeze(delta.mean(axis=0)))
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer[::-1], db_layer[::-1]
