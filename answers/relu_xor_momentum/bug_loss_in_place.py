# loss computes the cross-entropy with a trick that writes into its argument: it flips y_hat in place
# for the examples of class 0 (y_hat[y == 0] = 1 - y_hat[y == 0]) and takes -log. The values are right,
# but the caller's y_hat is changed, which the notebook forbids. Only test_loss loses points.
# fails: test_loss: loss changed its argument y_hat in place
# %% loss
def loss(y, y_hat):
    zero = y == 0
    y_hat[zero] = 1 - y_hat[zero]
    return -np.log(y_hat)


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
