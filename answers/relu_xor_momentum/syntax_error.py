# The grad_f cell does not parse (a missing closing bracket), so grad_f is never defined: its test,
# the training cells (which call it) and the training test fail; the optimisers, tested on their own
# with a stand-in gradient, and the rest still earn their points.
# fails: test_grad_f: name 'grad_f' is not defined
# fails: test_training: the training cells of (D) and (E) above raised an error
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    delta = sigmoid(a @ v + c) - y
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ delta, float(np.sum(delta)]
