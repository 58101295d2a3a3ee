# From an independent tester (round 77): grad_f applies sigmoid_prime instead of relu_prime to the hidden pre-activations (wrong derivative).
# kind: bug
# fails: test_grad_f: the derivative at the hidden ReLU is the sigmoid's
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    d = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (d @ v.T) * sigmoid_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ d, float(d.sum())]
