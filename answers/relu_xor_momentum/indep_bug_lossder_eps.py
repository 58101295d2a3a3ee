# Bug (not exact): loss_derivative adds eps = 1e-8 to both denominators "for stability". The formula is derived,
# not a finite difference, but off by ~1e-8 relative; the message should name the eps / not call it an estimate.
# fails: test_loss: small constant added for safety
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    eps = 1e-8
    return -y / (y_hat + eps) + (1 - y) / (1 - y_hat + eps)
