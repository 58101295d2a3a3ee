# From a blind tester (round 128: the release notebook only, no tests read): Modular answer: exp(-|z|) two-branch sigmoid, derivative sigma(z)*sigma(-z), linear/relu/softmax backward helpers composed in backward.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """Two-branch formula with e = exp(-|z|) <= 1: 1/(1+e) for z >= 0, e/(1+e) for z < 0."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
# %% sigmoid_der
def sigmoid_der(z):
    """sigma'(z) = sigma(z) (1 - sigma(z)) = sigma(z) sigma(-z)."""
    z = np.asarray(z, dtype=float)
    return sigmoid(z) * sigmoid(-z)
# %% nll_gradient
def _linear_weight_grad(inp, dz):
    return inp @ dz.T


def nll_gradient(x, a, y):
    """dNLL/dz = a - y for sigmoid+NLL and softmax+NLLM; dW = x dz^T."""
    dz = np.asarray(a, dtype=float) - np.asarray(y, dtype=float)
    return _linear_weight_grad(np.asarray(x, dtype=float), dz)
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
    return np.fmax(np.asarray(z), 0)
# %% forward
def _linear(W, b, a_in):
    return W.T @ a_in + b


def forward(x, W1, b1, W2, b2):
    """Forward pass built from a linear-module helper."""
    z1 = _linear(W1, b1, x)
    a1 = relu(z1)
    z2 = _linear(W2, b2, a1)
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def _linear_back(W, a_in, dz):
    """Gradients of a linear module: (dW, db, d a_in)."""
    return a_in @ dz.T, dz.sum(axis=1, keepdims=True), W @ dz


def _relu_back(z, da):
    return da * (z > 0)


def backward(x, y, W1, b1, W2, b2):
    """Backward pass, module by module."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2, db2, da1 = _linear_back(W2, a1, dz2)
    dz1 = _relu_back(z1, da1)
    dW1, db1, _ = _linear_back(W1, x, dz1)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
_rate = 0.5
_dW1, _db1, _dW2, _db2 = backward(x_net, y_net, W1, b1, W2, b2)   # all gradients at the old weights
W1_new, W2_new = W1 - _rate * _dW1, W2 - _rate * _dW2
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answer in: net_out_new
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
