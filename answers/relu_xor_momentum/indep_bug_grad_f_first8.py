# From an independent tester (round 100): grad_f "speeds up" by using only the first 8 examples of the batch (a mini-batch): right for n <= 8, wrong for larger batches.
# kind: bug
# fails: test_grad_f: the first 8 of the n=9 examples only
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    x = x[:8]
    y = y[:8]
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ delta, float(np.sum(delta))]
