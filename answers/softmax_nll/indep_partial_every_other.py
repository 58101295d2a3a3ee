# Round 41 (partly done notebooks). Every other solution cell: sigmoid, nll_gradient, nllm, relu, backward, network_update_worked;
# the worked 5b calls the student's backward, whose forward is a stub, so 5b cannot be computed.
# base: blank
# fails: test_sigmoid_der
# fails: test_softmax
# fails: test_softmax_batch
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# fails: test_forward
# fails: test_hidden_outputs
# fails: test_network_output
# fails: test_W2_update: which do not work yet: fix them first
# fails: test_W1_update
# fails: test_output_after
# %% sigmoid
def sigmoid(z):
    """Logistic sigmoid, element by element."""
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))
# %% nll_gradient
def nll_gradient(x, a, y):
    """dNLL/dW = x (a - y)^T, summed over the columns."""
    return x @ (a - y).T
# %% nllm
def nllm(a, y):
    """Multiclass NLL summed over samples."""
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    hit = y != 0
    return float(-np.sum(y[hit] * np.log(a[hit])))
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    return np.maximum(z, 0)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Gradients of NLLM(a2, y), summed over the samples."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = W2 @ dz2
    dz1 = da1 * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_update_worked
# Store your answers in: W2_new, W1_new
dW1_net, db1_net, dW2_net, db2_net = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2_net
W1_new = W1 - 0.5 * dW1_net
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
