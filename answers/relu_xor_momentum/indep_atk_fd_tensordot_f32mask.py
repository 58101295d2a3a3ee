# From an independent tester (round 123): As atk_fd_convolve (2-point stencil by tensordot, no Sub/Div), plus a harmless float32 ReLU mask so that the test
# cell counts as "computed in float32" and the wider float32 band accepts the 1e-11 error.
# kind: other
# flagged: grad_f adds arrays broadcast against each other
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    k = np.exp2(-17)
    grid = s[..., None] + k * np.array([1.0, -1.0])
    vals = np.logaddexp(0.0, grid) + (y[..., None] * -1.0) * grid
    delta = np.tensordot(vals, np.exp2(16) * np.array([1.0, -1.0]), axes=1)
    dv = a.T @ delta
    dz = (delta @ v.T) * relu_prime(z).astype(np.float32)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), dv, float(np.sum(delta))]
