# Part 2: backprop sums the bias gradient over the batch (delta.sum(0)) without dividing by the batch size;
# the weight gradients are right. Only backprop's test fails: train_net is graded with the reference backprop.
# fails: test_backprop: db_layer[1]: it is N = 5 times the true gradient: the gradient of the sum over the 5 samples
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [None] * L
    db_layer = [None] * L
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw_layer[j] = np.dot(y_layer[j].T, delta) / N
        db_layer[j] = delta.sum(0)
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
