# grad_f returns dL/dW as dz^T x, shape (3, 2): the transpose of the gradient of W (2, 3). Only
# grad_f's test loses points: the optimisers and the training test use a reference grad_f.
# fails: test_grad_f: it is transposed
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
