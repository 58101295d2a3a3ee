# The grad_f cell does not parse (a missing closing bracket), so grad_f is never defined: only its test
# fails. The optimisers and the training test use a reference grad_f.
# fails: test_grad_f: name 'grad_f' is not defined
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    delta = sigmoid(a @ v + c) - y
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ delta, float(np.sum(delta)]
