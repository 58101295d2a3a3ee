# grad_f returns dL/dc with the wrong sign (y - y_hat summed instead of y_hat - y): only the gradient
# test loses points.
# fails: test_grad_f: sign flipped
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dv = a.T @ delta
    dc = float(np.sum(y - y_hat))
    dz = (delta @ v.T) * relu_prime(z)
    dW = x.T @ dz
    db = np.sum(dz, axis=0, keepdims=True)
    return [dW, db, dv, dc]
