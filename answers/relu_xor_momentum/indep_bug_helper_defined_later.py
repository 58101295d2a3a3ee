# Broken order: grad_f calls a helper _hidden_delta that the student defined later, in the decision_grid cell.
# On Restart & Run All, test_grad_f runs before that cell, so grad_f raises NameError there.
# fails: test_grad_f: _hidden_delta is not defined when the test calls it
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    ds = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = _hidden_delta(ds, v, z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ ds, float(ds.sum())]
# %% decision_grid
def _hidden_delta(ds, v, z):
    return (ds @ v.T) * relu_prime(z)


def decision_grid(params, G1, G2):
    pts = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(pts, params) >= 0.5).astype(float).reshape(G1.shape)
