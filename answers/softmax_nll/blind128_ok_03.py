# From a blind tester (round 128: the release notebook only, no tests read): einsum answer: sigmoid as 0.5(1+tanh(z/2)), derivative 0.25/cosh(z/2)^2, einsum for gradients, forward and backward.
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    """sigma(z) = (1 + tanh(z/2)) / 2, never overflows."""
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
# %% sigmoid_der
def sigmoid_der(z):
    """sigma'(z) = sigma(1 - sigma) = 1 / (4 cosh^2(z/2))."""
    with np.errstate(over="ignore"):
        c = np.cosh(0.5 * np.asarray(z, dtype=float))
        return 0.25 / (c * c)
# %% nll_gradient
def nll_gradient(x, a, y):
    """dW[k, j] = sum_t x[k, t] (a[j, t] - y[j, t])."""
    return np.einsum("kt,jt->kj", np.asarray(x, dtype=float),
                     np.asarray(a, dtype=float) - np.asarray(y, dtype=float))
# %% softmax
def softmax(z):
    """Stable softmax over axis 0, normalised with einsum."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=0))
    return e / np.einsum("i...->...", e)
# %% nllm
def nllm(a, y):
    """-sum y log a."""
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    a2 = a.reshape(a.shape[0], -1)
    y2 = y.reshape(y.shape[0], -1)
    return -float(np.einsum("jt,jt->", y2, np.log(a2)))
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
_a = softmax(np.einsum("kj,kt->jt", W_sm, x_sm))
nllm_grad = nll_gradient(x_sm, _a, y_sm)
prob_class_2 = float(_a[2].item())
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(np.einsum("kj,kt->jt", W_sm_new, x_sm))[2].item())
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    z = np.asarray(z)
    return z.clip(min=0)
# %% forward
def forward(x, W1, b1, W2, b2):
    """Forward pass with einsum."""
    z1 = np.einsum("mh,mt->ht", W1, x) + b1
    a1 = relu(z1)
    z2 = np.einsum("hn,ht->nt", W2, a1) + b2
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Backward pass with einsum."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    d2 = a2 - y
    dW2 = np.einsum("ht,nt->hn", a1, d2)
    db2 = np.einsum("nt->n", d2)[:, None]
    d1 = np.einsum("hn,nt->ht", W2, d2) * np.heaviside(z1, 0.0)
    dW1 = np.einsum("mt,ht->mh", x, d1)
    db1 = np.einsum("ht->h", d1)[:, None]
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
