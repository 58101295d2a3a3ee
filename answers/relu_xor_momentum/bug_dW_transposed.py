# grad_f returns dL/dW as dz^T x, shape (3, 2): the transpose of the gradient of W (2, 3). The
# optimisers then cannot subtract it from W, so training fails too.
# fails: test_grad_f: it is transposed
# fails: test_training: the training cells of (D) and (E) above raised an error
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = y_hat - y
    dv = a.T @ delta
    dc = float(np.sum(delta))
    dz = (delta @ v.T) * relu_prime(z)
    dW = dz.T @ x
    db = np.sum(dz, axis=0, keepdims=True)
    return [dW, db, dv, dc]
