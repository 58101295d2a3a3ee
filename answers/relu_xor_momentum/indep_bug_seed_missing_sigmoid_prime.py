# Real student bug from the seed homework (dyhat_dv = a): the chain rule skips the sigmoid's derivative,
# delta = loss_derivative(y, y_hat) only, so every gradient lacks the factor sigmoid'(s).
# fails: test_grad_f: sigmoid
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    y_hat = sigmoid(a @ v + c)
    delta = loss_derivative(y, y_hat)          # dyhat/dv taken as a: missing sigmoid_prime
    delta_h = (delta @ v.T) * relu_prime(z)
    return [x.T @ delta_h, delta_h.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]
