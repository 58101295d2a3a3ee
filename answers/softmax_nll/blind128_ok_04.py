# From a blind tester (round 128: the release notebook only, no tests read): Log-space answer: sigmoid = exp(-logaddexp(0,-z)), softmax = exp(z - logsumexp), nllm only over y>0 entries, backward reuses nll_gradient.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """sigma(z) = exp(-log(1 + e^{-z})), computed with logaddexp."""
    z = np.asarray(z, dtype=float)
    return np.exp(-np.logaddexp(0.0, -z))
# %% sigmoid_der
def sigmoid_der(z):
    """sigma(z) sigma(-z) = sigma(z)(1 - sigma(z)), in log space."""
    z = np.asarray(z, dtype=float)
    return np.exp(-np.logaddexp(0.0, -z) - np.logaddexp(0.0, z))
# %% nll_gradient
def nll_gradient(x, a, y):
    """x (a - y)^T via np.dot."""
    delta = np.subtract(a, y, dtype=float)
    return np.dot(np.asarray(x, dtype=float), delta.T)
# %% softmax
def _logsumexp0(z):
    m = np.max(z, axis=0, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=0, keepdims=True))


def softmax(z):
    """softmax = exp(z - logsumexp(z)) column by column."""
    z = np.asarray(z, dtype=float)
    return np.exp(z - _logsumexp0(z))
# %% nllm
def nllm(a, y):
    """-sum over the entries with y > 0 of y log a."""
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    mask = y != 0
    return float(-np.sum(y[mask] * np.log(a[mask])))
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
def _layer_probs(W):
    return softmax((W.T @ x_sm).ravel())

_p = _layer_probs(W_sm)
nllm_grad = nll_gradient(x_sm, _p.reshape(-1, 1), y_sm)
prob_class_2 = _p[2]
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = _layer_probs(W_sm_new)[2]
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
    """Backward pass: each weight gradient is input times delta^T, as in nll_gradient."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dW2 = nll_gradient(a1, a2, y)
    delta2 = a2 - y
    db2 = delta2.sum(axis=1).reshape(-1, 1)
    delta1 = np.where(z1 > 0, W2.dot(delta2), 0.0)
    dW1 = nll_gradient(x, delta1, np.zeros_like(delta1))
    db1 = delta1.sum(axis=1).reshape(-1, 1)
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
