# From a blind tester (round 128: the release notebook only, no tests read): In-place-on-copies answer: copies arguments then uses out=/-=/ /= operators; relu as z*(z>0); mask-based backward.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """1 / (1 + exp(-z)), computed in a fresh buffer."""
    out = np.array(z, dtype=float, copy=True)
    np.negative(out, out=out)
    with np.errstate(over="ignore"):
        np.exp(out, out=out)
    out += 1.0
    np.reciprocal(out, out=out)
    return out
# %% sigmoid_der
def sigmoid_der(z):
    """sigma - sigma^2."""
    s = sigmoid(z)
    d = s.copy()
    d *= (1.0 - s)
    return d
# %% nll_gradient
def nll_gradient(x, a, y):
    """x (a - y)^T; the difference is built in a new array."""
    d = np.array(a, dtype=float, copy=True)
    d -= np.asarray(y, dtype=float)
    return np.asarray(x, dtype=float) @ d.T
# %% softmax
def softmax(z):
    """Stable softmax; works on a copy of z."""
    e = np.array(z, dtype=float, copy=True)
    e -= e.max(axis=0, keepdims=True)
    np.exp(e, out=e)
    e /= e.sum(axis=0, keepdims=True)
    return e
# %% nllm
def nllm(a, y):
    """-sum y log a."""
    logs = np.log(np.array(a, dtype=float, copy=True))
    logs *= np.asarray(y, dtype=float)
    return -float(logs.sum())
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
_probs = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, _probs, y_sm)
prob_class_2 = _probs[2, 0]
W_sm_new = np.copy(W_sm)
W_sm_new -= 0.5 * nllm_grad          # W_sm itself is left as given
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[2, 0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    z = np.asarray(z)
    return z * (z > 0)
# %% forward
def forward(x, W1, b1, W2, b2):
    """Forward pass; the bias is added in place to the new product array."""
    z1 = W1.T.dot(x)
    z1 += b1
    a1 = relu(z1)
    z2 = W2.T.dot(a1)
    z2 += b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Backward pass; the ReLU mask zeroes a new array in place."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2.copy()
    dz2 -= y
    dW2 = a1 @ dz2.T
    db2 = dz2 @ np.ones((dz2.shape[1], 1))
    dz1 = W2 @ dz2
    dz1[z1 <= 0] = 0.0
    dW1 = x @ dz1.T
    db1 = dz1 @ np.ones((dz1.shape[1], 1))
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
