# From an independent tester (round 37).
# grad_f preallocates dW, db, dv once per shape and fills them with np.matmul(..., out=): a gradient handed out
# earlier (e.g. kept in a list by the student) changes on the next call with the same shapes.
# fails: test_grad_f: that its next call changed
# %% grad_f
_out = {}

def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    ds = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (ds @ v.T) * relu_prime(z)
    if W.shape not in _out:
        _out[W.shape] = [np.empty(W.shape), np.empty((1, W.shape[1])), np.empty((W.shape[1], 1))]
    dW, db, dv = _out[W.shape]
    np.matmul(x.T, dz, out=dW)
    np.sum(dz, axis=0, keepdims=True, out=db)
    np.matmul(a.T, ds, out=dv)
    return [dW, db, dv, float(ds.sum())]
