# From an independent tester (round 43).
# loss: loss_derivative clips y_hat to [0.05, 0.95] first, wrong derivative for confident predictions.
# Was told as 'wrong in all 4 entries'.
# fails: test_loss: y_hat is clipped to [0.05, 1 - 0.05] in loss_derivative
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    y_hat = np.clip(y_hat, 0.05, 0.95)
    return -y / y_hat + (1 - y) / (1 - y_hat)
