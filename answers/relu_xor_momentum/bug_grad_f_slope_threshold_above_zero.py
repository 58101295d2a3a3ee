# grad_f takes the ReLU's slope as z > 1e-3, 0 also for pre-activations just above 0 (the mirror of round 113's
# z >= -1e-3).
# kind: bug
# fails: test_grad_f: 0 also at a pre-activation just above 0
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dc = float(np.sum(delta))
    dv = a.T @ delta
    dz = (delta @ v.T) * (z > 1e-3)
    db = np.sum(dz, axis=0, keepdims=True)
    dW = x.T @ dz
    return [dW, db, dv, dc]
