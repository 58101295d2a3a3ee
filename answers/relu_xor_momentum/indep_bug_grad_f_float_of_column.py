# EXTRA probe (real-student style, seed's get_grad per example): grad_f loops over the examples, reshapes each
# to a column and accumulates. Right values, but breaks the notebook's "no loop over the examples" rule.
# fails: test_grad_f: write a.item() or index it
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    dW = np.zeros_like(W); db = np.zeros_like(b); dv = np.zeros_like(v); dc = 0.0
    for i in range(x.shape[0]):
        xi = x[i].reshape(-1, 1); yi = y[i].reshape(-1, 1)
        z = W.T @ xi + b.reshape(-1, 1)
        a = relu(z)
        s = v.T @ a + c
        d = loss_derivative(yi, sigmoid(s)) * sigmoid_prime(s)
        dv += a @ d
        dc += float(d)
        dz = v @ d * relu_prime(z)
        dW += xi @ dz.T
        db += dz.T
    return [dW, db, dv, dc]
