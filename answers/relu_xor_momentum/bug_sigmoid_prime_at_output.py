# grad_f takes the sigmoid's derivative at its output y_hat instead of at its input s (the derivative
# at the activation instead of the pre-activation). Only test_grad_f loses points.
# fails: test_grad_f: sigmoid_prime is taken at y_hat
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    y_hat = sigmoid(a @ v + c)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(y_hat)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ delta, float(np.sum(delta))]
