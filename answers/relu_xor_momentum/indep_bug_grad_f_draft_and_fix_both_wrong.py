# From an independent tester (round 75): Bug: grad_f first draft has dW transposed the wrong way (dz.T @ x, shape (3, 2)); the later "fix" gets the shape right but averages over the batch (divides every gradient by n). Last definition counts: test_grad_f should lose (batch of 6; the n=1 check alone would pass).
# kind: bug
# fails: test_grad_f
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    ds = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (ds @ v.T) * relu_prime(z)
    return [dz.T @ x, dz.sum(axis=0, keepdims=True), a.T @ ds, float(ds.sum())]
# %% after grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    n = x.shape[0]
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    ds = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (ds @ v.T) * relu_prime(z)
    return [x.T @ dz / n, dz.sum(axis=0, keepdims=True) / n, a.T @ ds / n, float(ds.sum()) / n]
