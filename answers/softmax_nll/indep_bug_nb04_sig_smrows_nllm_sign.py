# From an independent tester (round 82): Whole notebook, mistakes: sigmoid as exp(z)/(1+exp(z)): nan for z near +1000; softmax normalises along axis -1 (rows) instead of axis 0: right for 1-D, wrong for (n, N); nllm averages over samples (mean of per-sample losses) instead of summing; backward uses dz2 = y - a2 (sign flipped): every gradient has the wrong sign.
# kind: bug
# fails: test_sigmoid
# fails: test_softmax_batch
# fails: test_nllm
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# fails: test_backward
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% sigmoid
def sigmoid(z):
    ez = np.exp(z)
    return ez / (1.0 + ez)
# %% after sigmoid
print("sigmoid far out:", sigmoid(np.array([-1000.0, 0.0, 1000.0])))
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return s * (1.0 - s)            # sigma' = sigma (1 - sigma)
# %% nll_gradient
def nll_gradient(x, a, y):
    # dNLL/dz = a - y for sigmoid+NLL and softmax+NLLM; dz/dW_kj = x_k; sum over samples
    delta = np.asarray(a, dtype=float) - np.asarray(y, dtype=float)   # (n, N)
    return np.einsum("kt,jt->kj", np.asarray(x, dtype=float), delta)  # (m, n)
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
# %% after softmax
print("softmax of big numbers:", softmax(np.array([1000.0, 1001.0, 1002.0])))
_zz = np.array([[1.0, 5.0], [2.0, 5.0]]); print("batch:", softmax(_zz), "cols sum", softmax(_zz).sum(axis=0))
# %% nllm
def nllm(a, y):
    per_sample = -np.sum(y * np.log(a), axis=0)
    return float(np.mean(per_sample))
# %% after nllm
print("nllm example:", nllm(np.array([[0.1], [0.4], [0.5]]), np.array([[1.0], [0.0], [0.0]])))
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)                      # (3, 1)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)          # (2, 3)
prob_class_2 = float(a_sm[2, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
# %% relu
def relu(z):
    z = np.asarray(z)
    return np.where(z > 0, z, 0.0)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% after forward
_out = forward(np.ones((2, 3)), np.ones((2, 4)), np.zeros((4, 1)), np.ones((4, 2)), np.zeros((2, 1)))
print("forward shapes:", [o.shape for o in _out])
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = y - a2                                  # softmax + NLLM
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = W2 @ dz2
    dz1 = da1 * (z1 > 0)                          # ReLU gate, 0 at the kink
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% after backward
print("backward shapes:", [g.shape for g in backward(x_net, y_net, W1, b1, W2, b2)])
# %% network_forward_worked
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_grads = backward(x_net, y_net, W1, b1, W2, b2)   # all gradients at the old weights
W2_new = W2 - 0.5 * _grads[2]
W1_new = W1 - 0.5 * _grads[0]
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
