# grad_f averages over the batch (divides every gradient by n) although the notebook's total loss is
# a sum. Only grad_f's test loses points: the training test uses a reference grad_f.
# fails: test_grad_f: grad_f averages over the n=
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    n = x.shape[0]
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = (sigmoid(s) - y) / n
    dv = a.T @ delta
    dc = float(np.sum(delta))
    dz = (delta @ v.T) * relu_prime(z)
    dW = x.T @ dz
    db = np.sum(dz, axis=0, keepdims=True)
    return [dW, db, dv, dc]
