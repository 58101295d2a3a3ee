# From an independent tester (round 92): Fix of bug_seed_dc_not_summed: exactly the change its message suggests (dc made one number, summed over the batch).
# kind: alt
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    ds = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dz = (ds @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ ds, float(np.sum(ds))]
