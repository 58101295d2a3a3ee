# Extra keyword arguments with defaults (softmax(z, axis=0), nllm(a, y, average=False),
# backward(..., lr=None) that only computes when lr is None), list returns (forward and backward return
# lists of the right length), inputs converted with np.asarray so lists work, worked answers stored as
# plain Python lists / floats where "any shape" is allowed. Correct.
# kind: alt
# %% softmax
def softmax(z, axis=0):
    z = np.asarray(z)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
# %% nllm
def nllm(a, y, average=False):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    per_sample = -np.sum(np.where(y > 0, y * np.log(np.where(y > 0, a, 1.0)), 0.0), axis=0)
    total = float(np.sum(per_sample))
    if average:
        return total / max(np.size(per_sample), 1)
    return total
# %% nll_gradient
def nll_gradient(x, a, y):
    x = np.asarray(x, dtype=float)
    return x @ (np.asarray(a, dtype=float) - np.asarray(y, dtype=float)).T
# %% forward
def forward(x, W1, b1, W2, b2, hidden=None):
    x, W1, b1, W2, b2 = (np.asarray(v, dtype=float) for v in (x, W1, b1, W2, b2))
    act = relu if hidden is None else hidden
    z1 = W1.T @ x + b1
    a1 = act(z1)
    z2 = W2.T @ a1 + b2
    return [z1, a1, z2, softmax(z2)]
# %% backward
def backward(x, y, W1, b1, W2, b2, lr=None):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - np.asarray(y, dtype=float)
    dz1 = (np.asarray(W2) @ dz2) * (z1 > 0)
    grads = [np.asarray(x) @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)]
    if lr is not None:
        return [p - lr * g for p, g in zip((W1, b1, W2, b2), grads)]
    return grads
# %% network_forward_worked
_out = forward(x_net.tolist(), W1.tolist(), b1.tolist(), W2.tolist(), b2.tolist())
hidden_out = [float(v) for v in np.ravel(_out[1])]
net_out = [float(v) for v in np.ravel(_out[3])]
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_dW1, _db1, _dW2, _db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * _dW2
W1_new = W1 - 0.5 * _dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
net_out_new = [float(v) for v in np.ravel(forward(x_net, W1_new, b1, W2_new, b2)[-1])]
print("output after the step:", np.ravel(net_out_new))
