# Blind round 132 (written from the release notebook alone, without the tests): float32 inputs cast once by a per-cell helper; exp(-|z|) stable sigmoid via np.where; logsumexp softmax; np.where relu (session 54: on logits near 800 its float32 z2 carries 5e-5 of rounding, and test_backward failed it on about 7 % of draws; now judged at that rounding)
# kind: alt
# base: blank
# %% sigmoid
def _as32(v):
    return np.array(v, dtype=np.float32)   # a new float32 array: the argument is never touched

def sigmoid(z):
    z = _as32(z)
    e = np.exp(-np.abs(z))                  # in (0, 1]: never overflows
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float32)
# %% sigmoid_der
def _as32(v):
    return np.array(v, dtype=np.float32)

def sigmoid_der(z):
    e = np.exp(-np.abs(_as32(z)))           # sigma'(z) = e^{-|z|} / (1 + e^{-|z|})^2 (even function)
    return e / np.square(1 + e)
# %% nll_gradient
def _as32(v):
    return np.array(v, dtype=np.float32)

def nll_gradient(x, a, y):
    delta = _as32(a) - _as32(y)            # dNLL/dz, shape (n, N)
    return np.einsum("mt,nt->mn", _as32(x), delta)
# %% softmax
def _as32(v):
    return np.array(v, dtype=np.float32)

def softmax(z):
    z = _as32(z)
    top = np.max(z, axis=0, keepdims=True)
    shifted = z - top                       # <= 0; subtract the max before anything else
    log_norm = np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))
    return np.exp(shifted - log_norm)
# %% nllm
def _as32(v):
    return np.array(v, dtype=np.float32)

def nllm(a, y):
    a, y = _as32(a), _as32(y)
    picked = a[y == 1]                      # one-hot: the probability of each true class
    return -np.log(picked).sum()
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
    z = np.array(z, dtype=np.float32)
    return np.where(z > 0, z, np.float32(0))
# %% forward
def forward(x, W1, b1, W2, b2):
    c = lambda v: np.array(v, dtype=np.float32)
    x, W1, b1, W2, b2 = (c(v) for v in (x, W1, b1, W2, b2))
    z1 = np.einsum("mh,mN->hN", W1, x) + b1
    a1 = relu(z1)
    z2 = np.einsum("hn,hN->nN", W2, c(a1)) + b2
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    c = lambda v: np.array(v, dtype=np.float32)
    x, y, W1, b1, W2, b2 = (c(v) for v in (x, y, W1, b1, W2, b2))
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    g2 = c(a2) - y
    dW2 = np.einsum("hN,nN->hn", c(a1), g2)
    db2 = np.einsum("nN->n", g2)[:, None]
    g1 = np.einsum("hn,nN->hN", W2, g2) * np.heaviside(z1, np.float32(0))
    dW1 = np.einsum("mN,hN->mh", x, g1)
    db1 = np.einsum("hN->h", g1).reshape(-1, 1)
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_outs = forward(x_net, W1, b1, W2, b2)
hidden_out = np.array(_outs[1]).reshape(4, 1)
net_out = np.array(_outs[-1]).reshape(-1)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
_grads = backward(x_net, y_net, W1, b1, W2, b2)   # every gradient at the current weights first
_lr = 0.5
W1_new, W2_new = [W - _lr * np.asarray(g) for W, g in zip((W1, W2), (_grads[0], _grads[2]))]
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answers in: net_out_new
*_rest, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
net_out_new = np.ravel(net_out_new)
print("output after the step:", np.ravel(net_out_new))
