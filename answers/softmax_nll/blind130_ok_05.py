# Blind round 130 (written from the release notebook alone, without the tests): boolean-mask sigmoid, s - s*s, tensordot gradient, transpose/last-axis softmax, vdot nllm, (z+|z|)/2 relu, helper linear module, a1>0 mask backward
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return s - s * s
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.tensordot(x, a - y, axes=([1], [1]))
# %% softmax
def softmax(z):
    zt = np.asarray(z, dtype=float).T      # work along the last axis, then transpose back
    shifted = zt - np.amax(zt, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return (e / e.sum(axis=-1, keepdims=True)).T
# %% nllm
def nllm(a, y):
    return -np.vdot(np.asarray(y, dtype=float), np.log(np.asarray(a, dtype=float))).item()
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = float(a_sm[2, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
# %% relu
def relu(z):
    z = np.asarray(z, dtype=float)
    return (z + np.abs(z)) / 2.0
# %% forward
def _linear(W, b, a):
    return np.matmul(np.transpose(W), a) + b

def forward(x, W1, b1, W2, b2):
    z1 = _linear(W1, b1, x)
    a1 = relu(z1)
    z2 = _linear(W2, b2, a1)
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    g2 = a2 - y
    dW2 = (g2 @ a1.T).T
    db2 = g2.sum(1, keepdims=True)
    mask = a1 > 0                           # a1 > 0 exactly where z1 > 0
    g1 = (W2 @ g2) * mask
    dW1 = (g1 @ x.T).T
    db1 = g1.sum(1, keepdims=True)
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
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
