# Blind round 132 (written from the release notebook alone, without the tests): float32 everywhere: every function casts to float32, computes and returns float32; sigma'=sigma(z)sigma(-z)
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z32 = np.asarray(z, dtype=np.float32)
    with np.errstate(over="ignore"):
        return np.float32(1) / (np.float32(1) + np.exp(-z32))
# %% sigmoid_der
def sigmoid_der(z):
    z32 = np.asarray(z, dtype=np.float32)
    with np.errstate(over="ignore"):
        s_pos = np.float32(1) / (np.float32(1) + np.exp(-z32))
        s_neg = np.float32(1) / (np.float32(1) + np.exp(z32))
    return s_pos * s_neg          # sigma(z) (1 - sigma(z)), with 1 - sigma(z) = sigma(-z)
# %% nll_gradient
def nll_gradient(x, a, y):
    x32 = np.asarray(x, dtype=np.float32)
    d = np.asarray(a, dtype=np.float32) - np.asarray(y, dtype=np.float32)
    return x32 @ d.T
# %% softmax
def softmax(z):
    z32 = np.asarray(z, dtype=np.float32)
    shifted = z32 - z32.max(axis=0, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    a32 = np.asarray(a, dtype=np.float32)
    y32 = np.asarray(y, dtype=np.float32)
    return -np.sum(y32 * np.log(a32), dtype=np.float32)
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
_W32 = W_sm.astype(np.float32)
_x32 = x_sm.astype(np.float32)
_a32 = softmax(np.einsum("mn,mk->nk", _W32, _x32))
nllm_grad = nll_gradient(_x32, _a32, y_sm.astype(np.float32))
prob_class_2 = _a32[2].item()
W_sm_new = _W32 - np.float32(0.5) * nllm_grad
prob_class_2_new = softmax(np.einsum("mn,mk->nk", W_sm_new, _x32))[2].item()
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    z32 = np.asarray(z, dtype=np.float32)
    return np.maximum(z32, np.float32(0))
# %% forward
def forward(x, W1, b1, W2, b2):
    f = lambda v: np.asarray(v, dtype=np.float32)
    z1 = f(W1).T @ f(x) + f(b1)
    a1 = relu(z1)
    z2 = f(W2).T @ f(a1) + f(b2)
    a2 = softmax(z2)
    return z1, f(a1), z2, f(a2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    f = lambda v: np.asarray(v, dtype=np.float32)
    x, y, W1, b1, W2, b2 = map(f, (x, y, W1, b1, W2, b2))
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    a1, a2 = f(a1), f(a2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0).astype(np.float32)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
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
