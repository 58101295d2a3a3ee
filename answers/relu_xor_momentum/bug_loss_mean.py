# loss returns the mean over the examples (one number) instead of one loss per example. Only test_loss
# loses points: grad_f's test, the optimisers and the training use a reference loss (before, the
# correct grad_f lost its 4 points as "6 times too large").
# fails: test_loss: It must return one loss per example
# %% loss
def loss(y, y_hat):
    return np.mean(-(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat)))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
