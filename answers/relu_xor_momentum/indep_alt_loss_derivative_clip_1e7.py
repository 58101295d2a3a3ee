# From an independent tester (round 42).
# loss_derivative clips y_hat (new array) to [1e-7, 1 - 1e-7] before dividing. The tester declared it a bug; the notebook
# lets a guard change y_hat within 1e-7 of 0 or 1 (it says so since round 42): correct.
# kind: alt
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    y_hat = np.clip(y_hat, 1e-7, 1 - 1e-7)
    return -y / y_hat + (1 - y) / (1 - y_hat)
