# From a blind tester (round 128: the release notebook only, no tests read): Library-function answer: expm1-free sigmoid via np.divide, tensordot gradient, apply_along_axis softmax, add.reduce bias sums.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """sigma(z) = exp(z - logaddexp(0, z)) (a log-space form of 1/(1+e^{-z}))."""
    z = np.asarray(z, dtype=float)
    return np.exp(z - np.logaddexp(0.0, z))
# %% sigmoid_der
def sigmoid_der(z):
    """Chain rule: d/dz (1+e^{-z})^{-1} = e^{-z}/(1+e^{-z})^2 = sigma(z) * (1 - sigma(z))."""
    s = sigmoid(z)
    return np.multiply(s, np.subtract(1.0, s))
# %% nll_gradient
def nll_gradient(x, a, y):
    """Contract the sample axis of x and (a - y)."""
    d = np.asarray(a, dtype=float) - np.asarray(y, dtype=float)
    return np.tensordot(np.asarray(x, dtype=float), d, axes=([1], [1]))
# %% softmax
def _softmax_1d(v):
    e = np.exp(v - np.max(v))
    return e / np.sum(e)


def softmax(z):
    """Stable softmax of each column (axis 0)."""
    z = np.asarray(z, dtype=float)
    return np.apply_along_axis(_softmax_1d, 0, z)
# %% nllm
def nllm(a, y):
    """-sum over samples of log(probability of the true class), weighted by y."""
    a = np.atleast_1d(np.asarray(a, dtype=float))
    y = np.atleast_1d(np.asarray(y, dtype=float))
    per_sample = -np.add.reduce(y * np.log(a), axis=0)
    return float(np.sum(per_sample))
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
    z = np.asarray(z)
    out = np.zeros_like(z)
    np.copyto(out, z, where=z > 0)
    return out
# %% forward
def forward(x, W1, b1, W2, b2):
    """Forward pass with np.matmul."""
    z1 = np.add(np.matmul(np.transpose(W1), x), b1)
    a1 = relu(z1)
    z2 = np.add(np.matmul(np.transpose(W2), a1), b2)
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Backward pass with tensordot and add.reduce."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    g2 = a2 - y
    dW2 = np.tensordot(a1, g2, axes=([1], [1]))
    db2 = np.add.reduce(g2, axis=1, keepdims=True)
    g1 = np.matmul(W2, g2) * np.greater(z1, 0)
    dW1 = np.tensordot(x, g1, axes=([1], [1]))
    db1 = np.add.reduce(g1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
_g = dict(zip(["W1", "b1", "W2", "b2"], backward(x_net, y_net, W1, b1, W2, b2)))
W2_new = np.subtract(W2, 0.5 * _g["W2"])
W1_new = np.subtract(W1, 0.5 * _g["W1"])
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answer in: net_out_new
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
