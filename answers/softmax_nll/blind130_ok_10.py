# Blind round 130 (written from the release notebook alone, without the tests): where-exponent sigmoid, einsum product sigma(z)sigma(-z), einsum 'ij,kj', sort-based max softmax with ones@e column sums, eps 1e-12 nllm, where zeros_like relu
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z = np.array(z, dtype=float)   # a new array
    neg = z < 0
    t = np.exp(np.where(neg, z, -z))    # exponent is never positive
    return np.where(neg, t, 1.0) / (1.0 + t)
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    sp, sm = sigmoid(z), sigmoid(-z)
    return np.einsum("...,...->...", sp, sm)
# %% nll_gradient
def nll_gradient(x, a, y):
    # dNLL/dz = a - y for each sample; dz_j/dW_kj = x_k
    dz = a.astype(float) - y
    return np.einsum("ij,kj", x, dz)
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    col = z[:, None] if z.ndim == 1 else z
    c = np.sort(col, axis=0)[-1:, :]        # largest entry of each column
    e = np.exp(col - c)
    s = e / (np.ones((1, e.shape[0])) @ e)
    return s.reshape(z.shape)
# %% nllm
def nllm(a, y):
    logs = np.log(np.asarray(a, dtype=float) + 1e-12)
    return float(-(np.asarray(y) * logs).sum())
# %% softmax_layer_step
def _layer_probs(W, x):
    return softmax(np.einsum("mn,mt->nt", W, x))

_probs = _layer_probs(W_sm, x_sm)
nllm_grad = nll_gradient(x_sm, _probs, y_sm)
prob_class_2 = _probs[2].item()
W_sm_new = np.copy(W_sm)
W_sm_new -= 0.5 * nllm_grad          # W_sm_new is a copy: W_sm is unchanged
prob_class_2_new = _layer_probs(W_sm_new, x_sm)[2].item()
# %% relu
def relu(z):
    z = np.asarray(z, dtype=float)
    return np.where(z < 0, np.zeros_like(z), z)
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
    dz2 = np.subtract(a2, y, dtype=float)
    dW2 = np.tensordot(a1, dz2, axes=(1, 1))
    db2 = np.add.reduce(dz2, axis=1, keepdims=True)
    relu_der = (np.sign(z1) + 1.0) // 2.0   # 1 where z1 > 0, 0 where z1 <= 0
    dz1 = np.matmul(W2, dz2) * relu_der
    dW1 = np.tensordot(x, dz1, axes=(1, 1))
    db1 = np.add.reduce(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
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
