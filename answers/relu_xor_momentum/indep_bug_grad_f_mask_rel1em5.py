# From an independent tester (round 130): grad_f with the ReLU mask taken as z > 1e-5 max|z| instead of z > 0 (a "safety margin" at the kink): wrong for units within 3e-5 of it
# kind: bug
# fails: test_grad_f: grad_f
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dv = a.T @ delta
    dc = float(np.sum(delta))
    dz = (delta @ v.T) * (z > 1e-5 * np.abs(z).max())
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), dv, dc]
