# From an independent tester (round 56): passed its own visible cell.
# grad_f squeezes the output delta to 1-D and uses np.outer / reshape: right for n >= 2, but for a batch of one
# example squeeze gives a 0-d array and dW = x.T @ delta_h breaks shapes (works only for some batch sizes).
# kind: bug
# fails: test_grad_f: on a batch of one example
# self-check: test_grad_f: on a batch of one example
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = np.squeeze(loss_derivative(y, sigmoid(s)) * sigmoid_prime(s))   # (n,)
    dv = (a.T @ delta).reshape(3, 1)
    dc = delta.sum()
    delta_h = np.outer(delta, v) * relu_prime(z)
    dW = np.squeeze(x).T @ delta_h
    db = delta_h.sum(axis=0).reshape(1, 3)
    return [dW, db, dv, dc]
