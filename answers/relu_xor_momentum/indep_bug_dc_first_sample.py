# Bug: derived dL/dc for one example and kept it: dc = delta[0, 0], the gradient of the first example only,
# not the sum over the batch. Right for a batch of one; every other entry is right.
# fails: test_grad_f: the gradient of the first example alone
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dv = a.T @ delta
    dc = delta[0, 0]
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), dv, dc]
