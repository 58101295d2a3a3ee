# loss_derivative returns y_hat - y, the derivative with respect to the sigmoid's input, and grad_f
# (consistently) multiplies it by sigmoid_prime. test_loss names the mistake; grad_f's test gives
# grad_f a reference loss_derivative, under which this grad_f is right, so it keeps its points.
# fails: test_loss: the derivative with respect to the sigmoid's input s
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return y_hat - y
