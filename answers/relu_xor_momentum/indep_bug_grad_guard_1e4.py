# From an independent tester (round 116): grad_f clips y_hat to [1e-4, 1 - 1e-4] before loss_derivative: a guard 1000x wider than allowed, wrong for confident outputs.
# kind: bug
# fails: test_grad_f: clipped to [0.0001, 1 - 0.0001]
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = np.clip(sigmoid(s), 1e-4, 1 - 1e-4)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dh = (delta @ v.T) * relu_prime(z)
    return [x.T @ dh, dh.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]
