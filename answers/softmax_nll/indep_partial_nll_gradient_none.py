# Round 41 (partly done notebooks). Everything done, but nll_gradient forgets its return (gives None). backward (correct) calls it
# for dW2; the worked 3 computes prob_class_2 before the step that breaks, then TypeError.
# base: blank
# fails: test_nll_gradient
# fails: test_nllm_grad_worked
# fails: test_W_step
# fails: test_prob_after
# fails: test_W2_update: and on your nll_gradient if backward calls it
# fails: test_W1_update: fix nll_gradient first
# fails: test_output_after
# %% sigmoid
def sigmoid(z):
    """Logistic sigmoid, element by element."""
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    """Derivative of the sigmoid: s * (1 - s)."""
    s = sigmoid(z)
    return s * (1.0 - s)
# %% nll_gradient
def nll_gradient(x, a, y):
    """dNLL/dW = x (a - y)^T, summed over the columns."""
    grad = x @ (a - y).T
# %% softmax
def softmax(z):
    """Numerically stable softmax over axis 0."""
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    """Multiclass NLL summed over samples."""
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    hit = y != 0
    return float(-np.sum(y[hit] * np.log(a[hit])))
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
a_sm = softmax(W_sm.T @ x_sm)
prob_class_2 = float(a_sm[2, 0])
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    return np.maximum(z, 0)
# %% forward
def forward(x, W1, b1, W2, b2):
    """Forward pass of the ReLU-softmax network."""
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Gradients of NLLM(a2, y), summed over the samples; dW2 via nll_gradient."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = nll_gradient(a1, a2, y)
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
dW1_net, db1_net, dW2_net, db2_net = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2_net
W1_new = W1 - 0.5 * dW1_net
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answer in: net_out_new
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
