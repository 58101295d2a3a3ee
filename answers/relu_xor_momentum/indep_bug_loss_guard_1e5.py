# From an independent tester (round 72): loss clips y_hat to [1e-5, 1 - 1e-5], a guard 100 times wider than the notebook allows: confident predictions within 1e-5 of 0 or 1 get the wrong loss (passes the visible checks).
# kind: bug
# fails: test_loss: y_hat is clipped to [1e-05
# %% loss
def loss(y, y_hat):
    p = np.clip(y_hat, 1e-5, 1 - 1e-5)
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
