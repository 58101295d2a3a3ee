# From an independent tester (round 132): grad_f in float32 whose delta uses sigma(s) ~ 1/2 + s/4 - s^3/48 for |s| < 0.35 (error up to 1.1e-5): an approximation.
# kind: bug
# fails: test_grad_f: more than float32 rounding
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = (np.asarray(p, dtype=np.float32) for p in params)
    x, y = np.asarray(x, dtype=np.float32), np.asarray(y, dtype=np.float32)
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    sig = np.where(np.abs(s) < 0.35, 0.5 + s / 4 - s ** 3 / 48, 1 / (1 + np.exp(-s))).astype(np.float32)
    delta = sig - y
    dz = (delta @ v.T) * (z > 0)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, np.float32(delta.sum())]
