# Bug (rule): rewrites the seed's get_grad, which handles ONE example as a column, and loops over the rows of
# the batch summing the gradients. Numerically right, but the notebook forbids loops over the examples.
# fails: test_grad_f: loops over the examples
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    dW = np.zeros_like(W); db = np.zeros_like(b); dv = np.zeros_like(v); dc = 0.0
    for i in range(x.shape[0]):
        xi = x[i].reshape(2, 1)
        yi = y[i, 0]
        z = W.T @ xi + b.T
        a = relu(z)
        s = (v.T @ a).item() + c
        y_hat = sigmoid(s)
        ds = loss_derivative(yi, y_hat) * sigmoid_prime(s)
        dv += ds * a
        dc += ds
        dz = ds * v * relu_prime(z)
        db += dz.T
        dW += xi @ dz.T
    return [dW, db, dv, dc]
