# A first einsum version (round 28): nllm sums with np.einsum("...,...->", a, y), which numpy refuses (ValueError);
# the worked cell softmax_layer_step takes float(a[2]) of a (1,)-shaped row, which NumPy 2 refuses (TypeError), so
# the cell stops before storing its answers: the messages name the cell and the error it stopped with.
# fails: test_nllm: nllm raised ValueError
# fails: test_prob_before: the cell softmax_layer_step did not store it. It stopped with TypeError
# fails: test_W_step: It stopped with TypeError
# fails: test_prob_after: It stopped with TypeError
# %% sigmoid
def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
# %% sigmoid_der
def sigmoid_der(z):
    # d/dz 0.5(1+tanh(z/2)) = 0.25 (1 - tanh^2(z/2)) = sigma (1 - sigma)
    t = np.tanh(0.5 * np.asarray(z, dtype=float))
    return 0.25 * (1.0 - t * t)
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.einsum('mt,nt->mn', np.asarray(x, float), np.asarray(a, float) - np.asarray(y, float))
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=0, keepdims=True)
    lse = c + np.log(np.sum(np.exp(z - c), axis=0, keepdims=True))
    return np.exp(z - lse)
# %% nllm
def nllm(a, y):
    a = np.asarray(a, float); y = np.asarray(y, float)
    return float(-np.einsum('...,...->', y, np.log(np.where(y != 0, a, 1.0))))
# %% softmax_layer_step
_a = softmax(np.tensordot(W_sm, x_sm, axes=([0], [0])))
nllm_grad = nll_gradient(x_sm, _a, y_sm)
prob_class_2 = float(_a[2])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(np.einsum('mn,mt->nt', W_sm_new, x_sm))[2])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, 0.0)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.einsum('mh,mt->ht', W1, x) + b1
    a1 = relu(z1)
    z2 = np.einsum('hn,ht->nt', W2, a1) + b2
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = np.tensordot(a1, dz2, axes=([1], [1]))
    db2 = np.zeros(b2.shape)
    np.add.at(db2, (slice(None), 0), dz2.sum(axis=1))
    dz1 = np.tensordot(W2, dz2, axes=([1], [0])) * np.heaviside(z1, 0.0)
    dW1 = np.tensordot(x, dz1, axes=([1], [1]))
    db1 = np.zeros(b1.shape)
    for t in range(dz1.shape[1]):
        np.add.at(db1, (np.arange(dz1.shape[0]), np.zeros(dz1.shape[0], dtype=int)), dz1[:, t])
    return dW1, db1, dW2, db2
