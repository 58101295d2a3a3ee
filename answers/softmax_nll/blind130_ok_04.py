# Blind round 130 (written from the release notebook alone, without the tests): logaddexp sigmoid, sigma(z)*sigma(-z), loop of outer products, column-loop softmax, python-loop nllm, clip relu, transposed forward, per-sample backward loop
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    # sigma(z) = exp(-log(1 + exp(-z))), log(1 + exp(-z)) = logaddexp(0, -z) is stable
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))
# %% sigmoid_der
def sigmoid_der(z):
    # sigma(z) * (1 - sigma(z)) = sigma(z) * sigma(-z)
    z = np.asarray(z, dtype=float)
    return sigmoid(z) * sigmoid(-z)
# %% nll_gradient
def nll_gradient(x, a, y):
    delta = np.subtract(a, y, dtype=float)
    grad = np.zeros((x.shape[0], delta.shape[0]))
    for t in range(x.shape[1]):            # sum of per-sample outer products
        grad += np.outer(x[:, t], delta[:, t])
    return grad
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    out = np.empty_like(z)
    for j in range(z.shape[1]):            # column by column
        e = np.exp(z[:, j] - z[:, j].max())
        out[:, j] = e / e.sum()
    return out
# %% nllm
def nllm(a, y):
    total = 0.0
    for ai, yi in zip(np.ravel(a), np.ravel(y)):
        if yi != 0:
            total -= yi * np.log(ai)
    return float(total)
# %% softmax_layer_step
_a1d = softmax((x_sm.T @ W_sm).ravel())     # 1-D softmax of the 3 pre-activations
nllm_grad = nll_gradient(x_sm, _a1d.reshape(-1, 1), y_sm)
prob_class_2 = _a1d[2]
W_sm_new = W_sm - nllm_grad / 2
prob_class_2_new = softmax((x_sm.T @ W_sm_new).ravel())[2]
# %% relu
def relu(z):
    return np.clip(z, 0, None)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = (x.T @ W1).T + b1.reshape(-1, 1)
    a1 = relu(z1)
    z2 = (a1.T @ W2).T + b2.reshape(-1, 1)
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dW1 = np.zeros(W1.shape); db1 = np.zeros(b1.shape)
    dW2 = np.zeros(W2.shape); db2 = np.zeros(b2.shape)
    for t in range(x.shape[1]):             # accumulate sample by sample
        xt, a1t = x[:, t:t + 1], a1[:, t:t + 1]
        d2 = a2[:, t:t + 1] - y[:, t:t + 1]
        dW2 += np.outer(a1t, d2)
        db2 += d2
        d1 = (W2 @ d2) * (z1[:, t:t + 1] > 0).astype(float)
        dW1 += np.outer(xt, d1)
        db1 += d1
    return dW1, db1, dW2, db2
# %% network_forward_worked
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_grads = backward(x_net, y_net, W1, b1, W2, b2)   # all gradients at the current weights
_rate = 0.5
W1_new, W2_new = W1 - _rate * _grads[0], W2 - _rate * _grads[2]
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
_z1n, _a1n, _z2n, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
net_out_new = np.ravel(net_out_new)
print("output after the step:", np.ravel(net_out_new))
