# From an independent tester (round 35).
# loss clips y_hat in place (np.clip(..., out=y_hat)) before the log: values right, the caller's y_hat modified.
# fails: test_loss: loss changed its argument y_hat (with entries within 1e-13 of 0 or 1) in place
# %% loss
def loss(y, y_hat):
    np.clip(y_hat, 1e-7, 1 - 1e-7, out=y_hat)
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
