# From an independent tester (round 92): Bug (seed's per-example formula dL_dc = dL_dyhat * dyhat_dc carried to a batch): dc is the (n,1) array of per-example terms, not summed.
# kind: bug
# fails: test_grad_f: one entry per example, the examples
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    ds = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dz = (ds @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ ds, ds]
