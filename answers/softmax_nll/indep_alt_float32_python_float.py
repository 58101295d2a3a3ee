# From an independent tester (round 7): float32 throughout, nllm returns float(...) of a float32 sum: judged at
# float64's tolerance until rtol_for counted float32 values stored as float64.
# Computes everything in float32 (inputs cast with astype(np.float32)); the notebook says float32 is accepted.
# kind: alt
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z).astype(np.float32)
    return np.float32(1) / (np.float32(1) + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return s * (np.float32(1) - s)
# %% nll_gradient
def nll_gradient(x, a, y):
    x = x.astype(np.float32); d = (a - y).astype(np.float32)
    return x @ d.T
# %% softmax
def softmax(z):
    z = np.asarray(z).astype(np.float32)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=np.float32); y = np.asarray(y, dtype=np.float32)
    return float(-(y * np.log(a)).sum())
# %% softmax_layer_step
_W = W_sm.astype(np.float32)
_a = softmax(_W.T @ x_sm.astype(np.float32))
nllm_grad = nll_gradient(x_sm, _a, y_sm)
prob_class_2 = _a[2, 0]
W_sm_new = _W - np.float32(0.5) * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm.astype(np.float32))[2, 0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    z = np.asarray(z, dtype=np.float32)
    return np.maximum(z, np.float32(0))
# %% forward
def forward(x, W1, b1, W2, b2):
    f = np.float32
    z1 = W1.astype(f).T @ x.astype(f) + b1.astype(f)
    a1 = relu(z1)
    z2 = W2.astype(f).T @ a1 + b2.astype(f)
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    f = np.float32
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y.astype(f)
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2.astype(f) @ dz2) * (z1 > 0).astype(f)
    dW1 = x.astype(f) @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
_, hidden_out, _, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
dW1_, db1_, dW2_, db2_ = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2.astype(np.float32) - np.float32(0.5) * dW2_
W1_new = W1.astype(np.float32) - np.float32(0.5) * dW1_
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[-1]
print("output after the step:", np.ravel(net_out_new))
