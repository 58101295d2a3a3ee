# From a blind tester (round 128: the release notebook only, no tests read): Row-major internals: transposes to samples-in-rows, reshape instead of keepdims, (delta x^T)^T gradient, np.dot forward.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """Logistic sigmoid via np.reciprocal; exp overflow gives 1/inf = 0."""
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return np.reciprocal(1.0 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    """Derivative: sigma (1 - sigma), with 1 - sigma written as sigma(-z)."""
    return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))
# %% nll_gradient
def nll_gradient(x, a, y):
    """((a - y) x^T)^T = x (a - y)^T."""
    delta = np.asarray(a, dtype=float) - np.asarray(y, dtype=float)
    return (delta @ np.asarray(x, dtype=float).T).T
# %% softmax
def softmax(z):
    """Stable softmax; works on z^T (samples in rows) then transposes back."""
    z = np.asarray(z, dtype=float)
    zr = z.T                                   # (N, n) or (n,)
    if zr.ndim == 1:
        e = np.exp(zr - np.max(zr))
        return e / np.sum(e)
    e = np.exp(zr - np.max(zr, axis=1).reshape(-1, 1))
    return (e / np.sum(e, axis=1).reshape(-1, 1)).T
# %% nllm
def nllm(a, y):
    """-sum y log a over flattened arrays."""
    return -float(np.dot(np.ravel(np.asarray(y, dtype=float)), np.log(np.ravel(np.asarray(a, dtype=float)))))
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = float(a_sm[2, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    z = np.asarray(z)
    return (z + np.abs(z)) / 2
# %% forward
def forward(x, W1, b1, W2, b2):
    """Row-major forward, returned in column layout."""
    z1 = (np.dot(x.T, W1) + b1.reshape(1, -1)).T
    a1 = relu(z1)
    z2 = (np.dot(a1.T, W2) + b2.reshape(1, -1)).T
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Backward pass with samples in rows internally."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    D2 = (a2 - y).T                     # (N, n)
    dW2 = a1.dot(D2)                    # (h, n)
    db2 = D2.sum(axis=0).reshape(-1, 1)
    D1 = D2.dot(W2.T) * (z1.T > 0)      # (N, h)
    dW1 = x.dot(D1)
    db1 = D1.sum(axis=0).reshape(-1, 1)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_res = forward(x_net, W1, b1, W2, b2)
hidden_out = _res[1].reshape(4, 1)
net_out = _res[3].reshape(2, 1)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
dW1, db1, dW2, db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
W1_new = W1 - 0.5 * dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answer in: net_out_new
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[-1].ravel()
print("output after the step:", np.ravel(net_out_new))
