# From an independent tester (round 132): grad_f in float32, every gradient scaled by 1 + 1.5e-5 (a constant factor close to 1, not the formula).
# kind: bug
# fails: test_grad_f: more than float32 rounding
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = (np.asarray(p, dtype=np.float32) for p in params)
    x, y = np.asarray(x, dtype=np.float32), np.asarray(y, dtype=np.float32)
    z = x @ W + b
    a = relu(z)
    k = np.float32(1.000015)
    delta = (sigmoid(a @ v + c) - y) * k
    dz = (delta @ v.T) * (z > 0)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, np.float32(delta.sum())]
