# From an independent tester (round 113): grad_f masks the hidden gradient with relu_prime(a) >= 0 style: uses (z >= -1e-3) so slightly negative pre-activations pass gradient.
# It kept its points: every batch of the tests kept |z| >= 1e-2; a batch with a z 1e-4 from each kink is now checked.
# kind: bug
# fails: test_grad_f: 1 also at a pre-activation just below 0
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
    dz = (delta @ v.T) * (z >= -1e-3)
    db = np.sum(dz, axis=0, keepdims=True)
    dW = x.T @ dz
    return [dW, db, dv, dc]
