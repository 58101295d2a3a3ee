# From a blind tester (round 128: the release notebook only, no tests read): Plain vectorised reference answer: 1/(1+exp(-z)), s(1-s), x @ (a-y).T, max-shifted softmax, matmul forward/backward.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """Logistic sigmoid, element by element."""
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    """Derivative of the sigmoid, element by element."""
    s = sigmoid(z)
    return s * (1.0 - s)
# %% nll_gradient
def nll_gradient(x, a, y):
    """Gradient of the summed NLL with respect to W, shape (m, n)."""
    x = np.asarray(x, dtype=float)
    d = np.asarray(a, dtype=float) - np.asarray(y, dtype=float)
    return x @ d.T
# %% softmax
def softmax(z):
    """Numerically stable softmax over axis 0."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    """Multiclass NLL summed over samples."""
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    return float(-np.sum(y * np.log(a)))
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = float(a_sm[2, 0])
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
    """Gradients of NLLM(a2, y), summed over the samples."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = W2 @ dz2
    dz1 = da1 * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
dW1, db1, dW2, db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
W1_new = W1 - 0.5 * dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answer in: net_out_new
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
