# From an independent tester (round 79): grad_f returns [dW, db, dc, dv]: dc and dv swapped in the list.
# kind: bug
# Was told only "dc has shape (3, 1)".
# fails: test_grad_f: the list is in another order
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dv = a.T @ delta
    dc = float(np.sum(delta))
    dz = (delta @ v.T) * relu_prime(z)
    dW = x.T @ dz
    db = np.sum(dz, axis=0, keepdims=True)
    return [dW, db, dc, dv]
