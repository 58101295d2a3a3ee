# Blind round 130 (written from the release notebook alone, without the tests): exp(z - logaddexp(0,z)) sigmoid, sech^2/4, matmul+swapaxes, in-place work on a fresh copy in softmax, where= log nllm, heaviside relu
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - np.logaddexp(0.0, z))
# %% sigmoid_der
def sigmoid_der(z):
    # sech^2(z/2) / 4
    with np.errstate(over="ignore"):
        c = np.cosh(np.asarray(z, dtype=float) / 2.0)
        return 0.25 / (c * c)
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.matmul(x, (a - y).swapaxes(0, 1))
# %% softmax
def softmax(z):
    z = np.array(z, dtype=float)          # a fresh copy, so in-place work is safe
    z -= z.max(axis=0, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=0, keepdims=True)
    return z
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    return float(np.sum(-np.log(a, where=np.asarray(y) != 0, out=np.zeros_like(a)) * y))
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = float(a_sm[2, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
# %% relu
def relu(z):
    z = np.asarray(z, dtype=float)
    return z * np.heaviside(z, 0.0)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.einsum("mh,mt->ht", W1, x) + b1
    a1 = relu(z1)
    z2 = np.einsum("hn,ht->nt", W2, a1) + b2
    return (z1, a1, z2, softmax(z2))
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
hidden_out = forward(x_net, W1, b1, W2, b2)[1]
net_out = forward(x_net, W1, b1, W2, b2)[-1]
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_dW1, _db1, _dW2, _db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * _dW2
W1_new = W1 - 0.5 * _dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
