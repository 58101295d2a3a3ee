# From an independent tester (round 8): kept full marks: a shape set on an argument (y.shape = (-1,)) did not reach the tests' array.
# grad_f flattens the labels with y.shape = (-1,) (then re-adds the axis): right gradients, but the caller's y is
# left with shape (n,): an in-place change of an argument.
# fails: test_grad_f: in place
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    y.shape = (-1,)
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    ds = loss_derivative(y[:, None], sigmoid(s)) * sigmoid_prime(s)
    dz = (ds @ v.T) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ ds, float(ds.sum())]
