# Blind round 130 (written from the release notebook alone, without the tests): float32 sigmoid, sigmoid_der, softmax and relu; double loop gradient, einsum nllm
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z32))
    s_pos = np.float32(1) / (np.float32(1) + e)
    return np.where(z32 >= 0, s_pos, e * s_pos).astype(np.float32)
# %% sigmoid_der
def sigmoid_der(z):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z32))
    d = np.float32(1) + e
    return (e / (d * d)).astype(np.float32)
# %% nll_gradient
def nll_gradient(x, a, y):
    delta = np.asarray(a, dtype=np.float64) - np.asarray(y, dtype=np.float64)
    m, n = x.shape[0], delta.shape[0]
    g = np.empty((m, n))
    for k in range(m):
        for j in range(n):
            g[k, j] = np.sum(x[k, :] * delta[j, :])
    return g
# %% softmax
def softmax(z):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(z32 - z32.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True, dtype=np.float32)
# %% nllm
def nllm(a, y):
    return float(np.einsum("i,i->", np.ravel(y) * 1.0, -np.log(np.ravel(a))))
# %% softmax_layer_step
_a1d = softmax((x_sm.T @ W_sm).ravel())     # 1-D softmax of the 3 pre-activations
nllm_grad = nll_gradient(x_sm, _a1d.reshape(-1, 1), y_sm)
prob_class_2 = _a1d[2]
W_sm_new = W_sm - nllm_grad / 2
prob_class_2_new = softmax((x_sm.T @ W_sm_new).ravel())[2]
# %% relu
def relu(z):
    z = np.asarray(z, dtype=np.float32)
    return np.maximum(z, np.float32(0))
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.dot(W1.T, x) + b1
    a1 = relu(z1)
    z2 = np.dot(W2.T, a1) + b2
    return z1, a1, z2, softmax(z2)
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
_res = forward(x_net, W1, b1, W2, b2)
hidden_out = _res[1].ravel()
net_out = _res[3].ravel()
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_g = dict(zip(["W1", "b1", "W2", "b2"], backward(x_net, y_net, W1, b1, W2, b2)))
W2_new = np.subtract(W2, np.multiply(0.5, _g["W2"]))
W1_new = np.subtract(W1, np.multiply(0.5, _g["W1"]))
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
_z1n, _a1n, _z2n, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
net_out_new = np.ravel(net_out_new)
print("output after the step:", np.ravel(net_out_new))
