# From an independent tester (round 42).
# Extra probe: loss clips y_hat to [1e-3, 1 - 1e-3] before the log (large epsilon 1e-3): wrong for y_hat near 0/1.
# fails: test_loss: y_hat is clipped to [0.001, 1 - 0.001]
# self-check: test_loss: y_hat is clipped to [0.001, 1 - 0.001]
# %% loss
def loss(y, y_hat):
    y_hat = np.clip(y_hat, 1e-3, 1 - 1e-3)
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
