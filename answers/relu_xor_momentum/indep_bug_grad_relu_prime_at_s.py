# From an independent tester (round 78): grad_f multiplies by the ReLU slope at the wrong layer's quantity: relu_prime(s) (the output pre-activation) instead of relu_prime(z), broadcasting (n,1) over (n,3).
# kind: bug
# Was told "the derivative at the output sigmoid is the relu's" (dW = 0 where s < 0, what relu' at the output gives
# too), though dv and dc were right.
# fails: test_grad_f: the ReLU's slope is taken at the output's pre-activation s
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    ds = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dv = a.T @ ds
    dc = float(np.sum(ds))
    dz = (ds @ v.T) * relu_prime(s)
    dW = x.T @ dz
    db = np.sum(dz, axis=0, keepdims=True)
    return [dW, db, dv, dc]
