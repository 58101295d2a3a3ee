# From an independent tester (round 43).
# grad_f: clips y_hat to [0.01, 0.99] before loss_derivative (stale/guarded value), wrong gradient when saturated.
# Kept full marks before round 43's confident batch (|s| scaled to 9).
# fails: test_grad_f: y_hat is clipped to [0.01, 1 - 0.01] in grad_f
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = np.clip(sigmoid(s), 0.01, 0.99)
    ds = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dc = float(np.sum(ds))
    dv = a.T @ ds
    dz = (ds @ v.T) * relu_prime(z)
    dW = x.T @ dz
    db = np.sum(dz, axis=0, keepdims=True)
    return [dW, db, dv, dc]
