# Blind round 132 (written from the release notebook alone, without the tests): float32 log-domain forms: sigmoid = exp(-logaddexp(0,-z)), sigma' = exp(-z - 2 logaddexp(0,-z)), softmax via log-sum-exp with log1p, nllm from float32 logs
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    return np.exp(-np.logaddexp(np.float32(0), -z))
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=np.float32)
    # log sigma'(z) = -z - 2 log(1 + e^{-z})
    return np.exp(-z - 2 * np.logaddexp(np.float32(0), -z))
# %% nll_gradient
def nll_gradient(x, a, y):
    x = np.asarray(x, dtype=np.float32)
    err = np.subtract(a, y, dtype=np.float32)
    return (err @ x.T).T
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=np.float32)
    shifted = z - np.max(z, axis=0, keepdims=True)       # max entry becomes 0
    e = np.exp(shifted)
    others = np.sum(e, axis=0, keepdims=True) - 1         # sum of e^{z_k - max} minus the max's own 1 (>= 0)
    return np.exp(shifted - np.log1p(others))
# %% nllm
def nllm(a, y):
    loga = np.log(np.asarray(a, dtype=np.float32))
    return np.float32(-(np.asarray(y, dtype=np.float32) * loga).sum())
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
def _layer_probs(W, x):
    return softmax(W.T.dot(x))

_p = _layer_probs(W_sm, x_sm)
nllm_grad = np.asarray(nll_gradient(x_sm, _p, y_sm), dtype=float)
prob_class_2 = _p[2][0]
_rate = 0.5
W_sm_new = np.subtract(W_sm, _rate * nllm_grad)
prob_class_2_new = _layer_probs(W_sm_new, x_sm)[2][0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    return np.clip(z, 0, None)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.matmul(W1.T, x) + b1
    a1 = relu(z1)
    z2 = np.matmul(W2.T, a1) + b2
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dt = np.result_type(a2, np.float32)        # work in the precision forward delivered
    x, W2, a1 = (np.asarray(v, dtype=dt) for v in (x, W2, a1))
    dz2 = np.subtract(a2, y, dtype=dt)
    dW2 = np.matmul(a1, dz2.T)
    db2 = dz2.sum(axis=1).reshape(-1, 1)
    dz1 = np.where(z1 > 0, np.matmul(W2, dz2), dt.type(0))
    dW1 = np.matmul(x, dz1.T)
    db1 = dz1.sum(axis=1).reshape(-1, 1)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_outs = forward(x_net, W1, b1, W2, b2)
hidden_out = np.array(_outs[1]).reshape(4, 1)
net_out = np.array(_outs[-1]).reshape(-1)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
_dW1, _db1, _dW2, _db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * _dW2
W1_new = W1 - 0.5 * _dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answers in: net_out_new
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
