# Blind round 130 (written from the release notebook alone, without the tests): reciprocal sigmoid, np.multiply derivative, np.dot gradient, einsum-sum softmax, boolean-index nllm, fmax relu
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    neg = np.negative(np.asarray(z, dtype=float))
    with np.errstate(over="ignore"):
        denom = np.add(1.0, np.exp(neg))
    return np.reciprocal(denom)
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return np.multiply(s, np.subtract(1.0, s))
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.dot(x, np.transpose(a - y))
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    total = np.einsum("i...->...", e)
    return e / total
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float).reshape(-1)
    y = np.asarray(y).reshape(-1)
    return float(-np.log(a[y == 1]).sum())
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
    return np.fmax(np.asarray(z, dtype=float), 0.0)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    ones = np.ones((x.shape[1], 1))
    dW2 = np.einsum("ht,nt->hn", a1, dz2)
    db2 = dz2 @ ones
    dz1 = np.where(z1 > 0, np.einsum("hn,nt->ht", W2, dz2), 0.0)
    dW1 = np.einsum("mt,ht->mh", x, dz1)
    db1 = dz1 @ ones
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
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
