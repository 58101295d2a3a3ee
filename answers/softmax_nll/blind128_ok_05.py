# From a blind tester (round 128: the release notebook only, no tests read): float32-careful answer: every function computes in the input's float dtype (float32 stays float32, ints -> float64), errstate-guarded exps.
# kind: alt
# base: blank
# %% sigmoid
def _float_like(z):
    z = np.asarray(z)
    return z if np.issubdtype(z.dtype, np.floating) else z.astype(np.float64)


def sigmoid(z):
    """1 / (1 + exp(-z)) in z's float dtype; exp overflow -> 1/inf = 0 is the right value."""
    z = _float_like(z)
    one = z.dtype.type(1)
    with np.errstate(over="ignore"):
        return one / (one + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    """sigma'(z) = sigma(z) (1 - sigma(z))."""
    s = sigmoid(z)
    return s - s * s
# %% nll_gradient
def nll_gradient(x, a, y):
    """x @ (a - y).T, in the dtype of a (y may be integer one-hot)."""
    x = np.asarray(x)
    a = np.asarray(a)
    if not np.issubdtype(a.dtype, np.floating):
        a = a.astype(np.float64)
    delta = a - np.asarray(y).astype(a.dtype)
    return np.matmul(x.astype(np.result_type(x.dtype, a.dtype, np.float32)), delta.T)
# %% softmax
def softmax(z):
    """Stable softmax over axis 0 keeping z's float dtype."""
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    shifted = z - z.max(axis=0, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    """-sum y log a (summed in float64 for accuracy)."""
    a = np.asarray(a, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    return float(-(y * np.log(a)).sum())
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
    return np.maximum(z, np.zeros((), dtype=z.dtype))
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
    """Backward pass in the dtype forward produced."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - np.asarray(y).astype(a2.dtype)
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0).astype(a2.dtype)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
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
