# From an independent tester (round 55).
# loss_derivative flips the sign of the y = 0 term. test_training's visible check said "fix grad_f first", though
# grad_f is right; it now checks grad_f's helpers first and names loss_derivative, with the sign diagnosis (round 59).
# fails: test_loss: the sign is flipped
# self-check: test_loss: the sign is flipped
# self-check: test_training: expected 1.25): the right size everywhere, but the sign is flipped in 1 of 2 entries
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return -(y / y_hat) - (1 - y) / (1 - y_hat)
