# From an independent tester (round 93): loss clips y_hat to [1e-6, 1 - 1e-6] (wider than the allowed 1e-7 guard): wrong loss for predictions within 1e-6 of 0 or 1.
# kind: bug
# fails: test_loss: y_hat is clipped to [1e-06, 1 - 1e-06]
# %% loss
def loss(y, y_hat):
    y_hat = np.clip(y_hat, 1e-6, 1 - 1e-6)
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return -(y / y_hat - (1 - y) / (1 - y_hat))
# %% after loss
print("loss(1, 5e-7) =", loss(np.array([[1.0]]), np.array([[5e-7]])), "true", -np.log(5e-7))
