# A copy of bug_hidden_dW_not_averaged with the variables renamed and the comments rewritten (a
# plagiarism pair for the similarity report); same bug, same outcome.
# fails: test_backprop: dw_layer[0]: it is N = 5 times the true gradient: the gradient of the sum over the 5 samples
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    # walk down the layers and collect dC/dw and dC/db
    n_lay = len(weights)
    nb = y_target.shape[0]
    grads_w = [None] * n_lay
    grads_b = [None] * n_lay

    err = (y_layer[-1] - y_target) * df_layer[-1]   # error signal at the top
    grads_w[-1] = np.dot(np.transpose(y_layer[-2]), err) / nb
    grads_b[-1] = err.sum(0) / nb
    for k in range(n_lay - 1):
        err = backward_step(err, weights[-1 - k], df_layer[-2 - k])   # one layer further down
        grads_w[-2 - k] = np.dot(np.transpose(y_layer[-3 - k]), err)
        grads_b[-2 - k] = err.sum(0) / nb
    return grads_w, grads_b
