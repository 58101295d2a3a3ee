# From an independent tester (round 103): grad_f clips y_hat to [0.01, 0.99] before delta = y_hat - y, so confident predictions get a wrong gradient.
# kind: bug
# fails: test_grad_f: before delta = y_hat - y
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    y_hat = np.clip(sigmoid(a @ v + c), 0.01, 0.99)
    delta = y_hat - y
    dv = a.T @ delta
    dc = np.sum(delta)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), dv, dc]
