# From an independent tester (round 89): grad_f divides dv by x.shape[1] (the 2 inputs) thinking it is the batch size; other gradients right.
# kind: bug
# fails: test_grad_f: the number of inputs of an example
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    d = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (d @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), (a.T @ d) / x.shape[1], float(np.sum(d))]
