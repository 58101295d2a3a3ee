# From an independent tester (round 60): grad_f sums the hidden deltas over the wrong axis for db (axis=1, over the hidden units, then .T): shape (1, n) instead of (1, 3), right shape only when n == 3.
# kind: bug
# fails: test_grad_f: the sum ran over the hidden units, axis=1
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=1, keepdims=True).T, a.T @ delta, float(np.sum(delta))]
