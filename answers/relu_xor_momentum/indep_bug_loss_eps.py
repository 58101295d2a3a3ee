# "Safe log": loss adds eps = 1e-4 inside both logs, and loss_derivative adds it to both denominators.
# Shifts values by ~1e-4 relative (more near y_hat = 0.1). Expect test_loss to catch it (values given to 16
# digits, tight tolerance). Other tests get the reference loss, so no collateral damage expected.
# Round 33: the message said "not a sum of log terms"; it now names the epsilon.
# fails: test_loss: with 0.0001 added to y_hat inside the log
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example. y, y_hat: shape (n, 1) -> shape (n, 1)."""
    eps = 1e-4
    return -(y * np.log(y_hat + eps) + (1 - y) * np.log(1 - y_hat + eps))


def loss_derivative(y, y_hat):
    """Derivative of each example's loss with respect to y_hat. Shapes (n, 1) -> (n, 1)."""
    eps = 1e-4
    return -y / (y_hat + eps) + (1 - y) / (1 - y_hat + eps)
