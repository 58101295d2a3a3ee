# Blind round 132 (written from the release notebook alone, without the tests): float32 backward (inputs cast once, einsum products, float32 heaviside mask); float64 elsewhere with class-free closures and keepdims-free reshapes
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return e / (1.0 + 2.0 * e + e * e)
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.einsum("kt,jt->kj", np.asarray(x, dtype=float), np.asarray(a, dtype=float) - np.asarray(y))
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    z2 = z.reshape(shape[0], -1)
    e = np.exp(z2 - z2.max(axis=0).reshape(1, -1))
    return (e / e.sum(axis=0).reshape(1, -1)).reshape(shape)
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y)
    return float(-np.einsum("i,i->", y.ravel().astype(float), np.log(a.ravel())))
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
def _layer_probs(W, x):
    return softmax(W.T.dot(x))

_p = _layer_probs(W_sm, x_sm)
nllm_grad = np.asarray(nll_gradient(x_sm, _p, y_sm), dtype=float)
prob_class_2 = _p[2][0]
_rate = 0.5
W_sm_new = np.subtract(W_sm, _rate * nllm_grad)
prob_class_2_new = _layer_probs(W_sm_new, x_sm)[2][0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    out = np.array(z, dtype=float)      # a copy
    out[out < 0] = 0.0
    return out
# %% forward
def forward(x, W1, b1, W2, b2):
    def layer(W, b, a_in, act):
        z = np.einsum("mn,mN->nN", W, a_in) + b
        return z, act(z)
    z1, a1 = layer(W1, b1, x, relu)
    z2, a2 = layer(W2, b2, a1, softmax)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    f32 = lambda v: np.asarray(v, dtype=np.float32)
    z1, a1, z2, a2 = (f32(v) for v in forward(x, W1, b1, W2, b2))
    x, y, W2 = f32(x), f32(y), f32(W2)
    d2 = a2 - y
    d1 = np.einsum("hn,nN->hN", W2, d2) * np.heaviside(z1, np.float32(0.0))
    dW2 = np.einsum("hN,nN->hn", a1, d2)
    dW1 = np.einsum("mN,hN->mh", x, d1)
    db2 = d2.sum(axis=1)[:, np.newaxis]
    db1 = d1.sum(axis=1)[:, np.newaxis]
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
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
