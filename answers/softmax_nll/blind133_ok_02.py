# Blind round 133 (written from the release notebook alone, without the tests): float32 throughout nll_gradient/forward/backward (inputs cast once, float32 returned); sigmoid via logaddexp
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    # sigma(z) = exp(-log(1 + e^{-z}))
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    # sigma(z) * sigma(-z) = exp(-log(1+e^{-z}) - log(1+e^{z}))
    return np.exp(-np.logaddexp(0.0, -z) - np.logaddexp(0.0, z))
# %% nll_gradient
def nll_gradient(x, a, y):
    x32 = np.asarray(x, dtype=np.float32)
    err = np.asarray(a, dtype=np.float32) - np.asarray(y, dtype=np.float32)
    return np.matmul(x32, err.T)
# %% softmax
def softmax(z):
    z32 = np.asarray(z, dtype=np.float64)
    ez = np.exp(z32 - z32.max(axis=0))
    return (ez / ez.sum(axis=0)).astype(np.float32)
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=np.float64)
    return float(-np.sum(np.asarray(y) * np.log(a)))
# %% softmax_layer_step
_a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, _a_sm, y_sm)
prob_class_2 = float(_a_sm[2, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    return np.where(z > 0, z, 0)
# %% forward
def forward(x, W1, b1, W2, b2):
    f = np.float32
    x, W1, b1, W2, b2 = (np.asarray(t, dtype=f) for t in (x, W1, b1, W2, b2))
    z1 = np.matmul(W1.T, x) + b1
    a1 = relu(z1)
    z2 = np.matmul(W2.T, a1) + b2
    a2 = softmax(z2).astype(f)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    f = np.float32
    x32, y32, W1_, b1_, W2_, b2_ = (np.asarray(t, dtype=f) for t in (x, y, W1, b1, W2, b2))
    z1, a1, z2, a2 = forward(x32, W1_, b1_, W2_, b2_)
    a1 = np.asarray(a1, dtype=f); a2 = np.asarray(a2, dtype=f)
    d2 = a2 - y32
    dW2 = np.matmul(a1, d2.T)
    db2 = d2.sum(axis=1).reshape(-1, 1)
    d1 = np.matmul(W2_, d2) * (np.asarray(z1) > 0).astype(f)
    dW1 = np.matmul(x32, d1.T)
    db1 = d1.sum(axis=1).reshape(-1, 1)
    return dW1, db1, dW2, db2
# %% network_forward_worked
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
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
