# From an independent tester (round 90): grad_f computed entirely in float32 (the text accepts float32 answers), returned as float32 arrays and a float32 dc.
# kind: alt
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    f = np.float32
    W, b, v = (np.asarray(t, dtype=f) for t in (W, b, v))
    c = f(c)
    x = np.asarray(x, dtype=f)
    y = np.asarray(y, dtype=f)
    z = x @ W + b
    a = relu(z).astype(f)
    s = a @ v + c
    y_hat = sigmoid(s).astype(f)
    ds = (loss_derivative(y, y_hat) * sigmoid_prime(s)).astype(f)
    dz = ((ds @ v.T) * relu_prime(z)).astype(f)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ ds, f(ds.sum())]
