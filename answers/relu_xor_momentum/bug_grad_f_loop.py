# grad_f loops over the examples, one forward and backward pass per row: the gradient is right, but the
# notebook asks for batch code, and the hidden check counts the calls of the helpers per batch.
# fails: test_grad_f: it loops over the examples
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    dW, db, dv, dc = np.zeros_like(W), np.zeros_like(b), np.zeros_like(v), 0.0
    for i in range(x.shape[0]):
        xi, yi = x[i : i + 1], y[i : i + 1]
        z = xi @ W + b
        a = relu(z)
        s = a @ v + c
        delta = loss_derivative(yi, sigmoid(s)) * sigmoid_prime(s)
        dz = (delta @ v.T) * relu_prime(z)
        dW, db, dv, dc = dW + xi.T @ dz, db + dz, dv + a.T @ delta, dc + float(delta.sum())
    return [dW, db, dv, dc]
