# From a blind tester (round 128: the release notebook only, no tests read): Loop-based answer: piecewise stable sigmoid, exp(-|z|) derivative formula, per-sample outer products, per-column softmax and per-sample backward.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """Logistic sigmoid, element by element (piecewise so no exponent is positive)."""
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out
# %% sigmoid_der
def sigmoid_der(z):
    """sigma'(z) = e^{-|z|} / (1 + e^{-|z|})^2 (the derivative is even in z)."""
    e = np.exp(-np.abs(np.asarray(z, dtype=float)))
    return e / (1.0 + e) ** 2
# %% nll_gradient
def nll_gradient(x, a, y):
    """Sum over samples of outer(x_t, a_t - y_t)."""
    x = np.asarray(x, dtype=float)
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    grad = np.zeros((x.shape[0], a.shape[0]))
    for t in range(x.shape[1]):
        grad += np.outer(x[:, t], a[:, t] - y[:, t])
    return grad
# %% softmax
def softmax(z):
    """Stable softmax, column by column."""
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    out = np.empty_like(z)
    for j in range(z.shape[1]):
        col = z[:, j] - z[:, j].max()
        e = np.exp(col)
        out[:, j] = e / e.sum()
    return out
# %% nllm
def nllm(a, y):
    """-sum y log a, accumulated column by column."""
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    if a.ndim == 1:
        a = a[:, None]
        y = y[:, None]
    total = 0.0
    for t in range(a.shape[1]):
        total -= float(np.dot(y[:, t], np.log(a[:, t])))
    return total
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
z_sm = np.dot(W_sm.T, x_sm)
a_sm = softmax(z_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = a_sm.ravel()[2]
W_sm_new = W_sm.copy()
W_sm_new -= 0.5 * nllm_grad
prob_class_2_new = softmax(np.dot(W_sm_new.T, x_sm)).ravel()[2]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    z = np.asarray(z)
    return np.where(z > 0, z, 0)
# %% forward
def forward(x, W1, b1, W2, b2):
    """Forward pass, one sample (column) at a time."""
    N = x.shape[1]
    h, n = W1.shape[1], W2.shape[1]
    z1 = np.zeros((h, N)); z2 = np.zeros((n, N))
    for t in range(N):
        z1[:, t] = W1.T @ x[:, t] + b1[:, 0]
    a1 = relu(z1)
    for t in range(N):
        z2[:, t] = W2.T @ a1[:, t] + b2[:, 0]
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Per-sample backward pass, gradients accumulated over the batch."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dW1 = np.zeros(W1.shape); db1 = np.zeros(b1.shape)
    dW2 = np.zeros(W2.shape); db2 = np.zeros(b2.shape)
    for t in range(x.shape[1]):
        dz2 = a2[:, t] - y[:, t]
        dW2 += np.outer(a1[:, t], dz2)
        db2[:, 0] += dz2
        dz1 = (W2 @ dz2) * (z1[:, t] > 0)
        dW1 += np.outer(x[:, t], dz1)
        db1[:, 0] += dz1
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_out = forward(x_net, W1, b1, W2, b2)
hidden_out = _out[1].ravel()
net_out = _out[3].ravel()
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
_grads = backward(x_net, y_net, W1, b1, W2, b2)
W1_new = W1 - 0.5 * _grads[0]
W2_new = W2 - 0.5 * _grads[2]
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answer in: net_out_new
_z1n, _a1n, _z2n, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
print("output after the step:", np.ravel(net_out_new))
