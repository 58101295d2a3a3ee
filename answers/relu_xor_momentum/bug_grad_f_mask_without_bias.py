# Bug: grad_f takes relu_prime at x @ W (forgets the bias b), so the ReLU mask is wrong wherever b flips the sign.
# fails: test_grad_f: without the hidden bias
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    a = relu(x @ W + b)
    s = a @ v + c
    d = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (d @ v.T) * relu_prime(x @ W)
    return [x.T @ dz, dz.sum(0, keepdims=True), a.T @ d, float(d.sum())]
