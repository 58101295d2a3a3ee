# From an independent tester (round 132): grad_f in float64 with a deliberately wrong output delta (sigma'(s) factor missing a term: delta*(1+(yhat-y)**2*1e-5)),
# cast to float32 at the end: the float32 tolerance covers any error below 2e-5 of the largest entry.
# kind: bug
# fails: test_grad_f: grad_f
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    p = sigmoid(a @ v + c)
    delta = (p - y) + 1.5e-5 * (p - y) ** 2
    dz = (delta @ v.T) * (z > 0)
    f = np.float32
    return [(x.T @ dz).astype(f), dz.sum(axis=0, keepdims=True).astype(f), (a.T @ delta).astype(f), f(delta.sum())]
