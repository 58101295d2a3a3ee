# From an independent tester (round 84): grad_f with np.matrix: the backprop through the ReLU written 'dZ = (delta * v.T) * relu_prime(Z)' -- the second '*' is a matrix product on np.matrix, meant as .*.
# kind: bug
# Was told only "ValueError ... often shapes that do not match ... or a cache".
# fails: test_grad_f: grad_f works on np.matrix, where * is the matrix product
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    X = np.asmatrix(x); Wm = np.asmatrix(W); vm = np.asmatrix(v)
    Z = X * Wm + np.asmatrix(b)
    A = np.asmatrix(relu(Z.A))
    S = A * vm + c
    delta = np.asmatrix(loss_derivative(y, sigmoid(S.A)) * sigmoid_prime(S.A))
    dv = A.T * delta
    dc = float(delta.sum())
    RP = np.asmatrix(relu_prime(Z.A).astype(float))
    dZ = (delta * vm.T) * RP               # meant elementwise (.*)
    dW = X.T * dZ
    db = dZ.sum(axis=0)
    return [dW.A, db.A, dv.A, dc]
