# From an independent tester (round 35).
# grad_f: dc computed as np.sum(y_hat - y.ravel()): (n, 1) - (n,) broadcasts to (n, n), so dc is n times too
# big plus cross terms (silent shape bug); the other gradients use the right (n, 1) delta.
# fails: test_grad_f: broadcast to an (n, n) array whose sum is n times too large
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dc = float(np.sum(y_hat - y.ravel()))
    dv = a.T @ delta
    dz = (delta @ v.T) * relu_prime(z)
    db = np.sum(dz, axis=0, keepdims=True)
    dW = x.T @ dz
    return [dW, db, dv, dc]
