# Blind round 130 (written from the release notebook alone, without the tests): tanh form of sigmoid and its derivative, (delta@x.T).T, logsumexp softmax, masked-y nllm, z*(z>0) relu, einsum forward/backward
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))
# %% sigmoid_der
def sigmoid_der(z):
    return 0.25 * (1.0 - np.tanh(np.asarray(z, dtype=float) / 2.0) ** 2)
# %% nll_gradient
def nll_gradient(x, a, y):
    delta = a - y
    return (delta @ x.T).T
# %% softmax
def softmax(z):
    # a = exp(z - logsumexp(z)), with logsumexp computed stably per column
    z = np.asarray(z, dtype=float)
    m = z.max(axis=0, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=0, keepdims=True))
    return np.exp(z - lse)
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    safe = np.where(y > 0, a, 1.0)          # log(1) = 0 where the target is 0
    return float(-np.sum(y * np.log(safe)))
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
    return z * (z > 0)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.einsum("mh,mt->ht", W1, x) + b1
    a1 = relu(z1)
    z2 = np.einsum("hn,ht->nt", W2, a1) + b2
    return (z1, a1, z2, softmax(z2))
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
hidden_out = forward(x_net, W1, b1, W2, b2)[1]
net_out = forward(x_net, W1, b1, W2, b2)[-1]
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_g = dict(zip(["W1", "b1", "W2", "b2"], backward(x_net, y_net, W1, b1, W2, b2)))
W2_new = np.subtract(W2, np.multiply(0.5, _g["W2"]))
W1_new = np.subtract(W1, np.multiply(0.5, _g["W1"]))
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
