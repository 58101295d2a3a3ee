# From an independent tester (round 95): loss guards log(0) by adding 1e-9 inside the logs (log(y_hat + 1e-9)): changes every loss, by ~1e-6 relative at y_hat = 1e-4.
# kind: bug
# fails: test_loss: a constant of about 1e-09 is added inside the logs
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat + 1e-9) + (1 - y) * np.log(1 - y_hat + 1e-9))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
