# Blind round 130 (written from the release notebook alone, without the tests): np.where-stable sigmoid, exp(-|z|)/(1+exp(-|z|))^2 derivative, einsum gradient, reshape softmax, where-relu, heaviside backward using nll_gradient
# kind: alt
# base: blank
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))          # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
# %% sigmoid_der
def sigmoid_der(z):
    # sigma'(z) = e^{-|z|} / (1 + e^{-|z|})^2 (the derivative is even in z)
    e = np.exp(-np.abs(np.asarray(z, dtype=float)))
    return e / (1.0 + e) ** 2
# %% nll_gradient
def nll_gradient(x, a, y):
    delta = np.asarray(a, dtype=float) - np.asarray(y, dtype=float)
    return np.einsum("mt,nt->mn", x, delta)
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    z2 = z.reshape(shape[0], -1)           # (n,) -> (n, 1)
    m = z2.max(axis=0).reshape(1, -1)
    e = np.exp(z2 - m)
    return (e / e.sum(axis=0).reshape(1, -1)).reshape(shape)
# %% nllm
def nllm(a, y):
    return float(-np.dot(np.ravel(y).astype(float), np.log(np.ravel(a))))
# %% softmax_layer_step
_z = np.dot(W_sm.T, x_sm)          # zero biases
_a = softmax(_z)
nllm_grad = nll_gradient(x_sm, _a, y_sm)
prob_class_2 = _a.ravel()[2]
W_sm_new = W_sm + (-0.5) * nllm_grad
prob_class_2_new = softmax(np.dot(W_sm_new.T, x_sm)).ravel()[2]
# %% relu
def relu(z):
    z = np.asarray(z)
    return np.where(z > 0, z, 0.0)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.dot(W1.T, x) + b1
    a1 = relu(z1)
    z2 = np.dot(W2.T, a1) + b2
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = nll_gradient(a1, a2, y)           # the same a (dL/dz)^T product
    db2 = dz2.sum(axis=1).reshape(-1, 1)
    da1 = np.dot(W2, dz2)
    dz1 = da1 * np.heaviside(z1, 0.0)
    dW1 = np.dot(x, dz1.T)
    db1 = dz1.sum(axis=1).reshape(-1, 1)
    return dW1, db1, dW2, db2
# %% network_forward_worked
_res = forward(x_net, W1, b1, W2, b2)
hidden_out = _res[1].ravel()
net_out = _res[3].ravel()
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_grads = backward(x_net, y_net, W1, b1, W2, b2)   # all gradients at the current weights
_rate = 0.5
W1_new, W2_new = W1 - _rate * _grads[0], W2 - _rate * _grads[2]
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
_z1n, _a1n, _z2n, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
net_out_new = np.ravel(net_out_new)
print("output after the step:", np.ravel(net_out_new))
