# From an independent tester (round 8): the message did not say the failing batch had one example.
# grad_f squeezes the (n, 1) output error to a vector (n,): right for n >= 2, but with one example np.squeeze
# gives a 0-d array and the matrix products fail.
# fails: test_grad_f: one example
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    e = np.squeeze(loss_derivative(y, y_hat) * sigmoid_prime(s))   # (n,)
    dv = (a.T @ e).reshape(3, 1)
    dz = np.outer(e, v) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), dv, float(e.sum())]
