# Follows the questions in order: computes the gradient of W2 and takes that step, then backpropagates
# to W1 through the already-updated W2. forward and backward are written out in the student's own way
# (and are right). The output after the step builds on W1_new, so it is wrong too, and says so.
# fails: test_W1_update: gradients computed through the already-updated W2
# fails: test_output_after: it builds on W1_new, which is not right
# %% forward
def forward(x, W1, b1, W2, b2):
    # hidden layer
    pre_hidden = np.dot(W1.T, x) + b1
    hidden = relu(pre_hidden)
    # output layer
    pre_out = np.dot(W2.T, hidden) + b2
    out = softmax(pre_out)
    return pre_hidden, hidden, pre_out, out
# %% backward
def backward(x, y, W1, b1, W2, b2):
    pre_hidden, hidden, pre_out, out = forward(x, W1, b1, W2, b2)
    delta_out = out - y
    grad_W2 = np.dot(hidden, delta_out.T)
    grad_b2 = delta_out.sum(axis=1, keepdims=True)
    relu_mask = (pre_hidden > 0).astype(float)
    delta_hidden = np.dot(W2, delta_out) * relu_mask
    grad_W1 = np.dot(x, delta_hidden.T)
    grad_b1 = delta_hidden.sum(axis=1, keepdims=True)
    return grad_W1, grad_b1, grad_W2, grad_b2
# %% network_update_worked
# step 1: output layer
pre_hidden, hidden, pre_out, out = forward(x_net, W1, b1, W2, b2)
delta_out = out - y_net
grad_W2 = np.dot(hidden, delta_out.T)
W2_new = W2 - 0.5 * grad_W2
# step 2: first layer, going back through the (new) output weights
relu_mask = (pre_hidden > 0).astype(float)
delta_hidden = np.dot(W2_new, delta_out) * relu_mask
grad_W1 = np.dot(x_net, delta_hidden.T)
W1_new = W1 - 0.5 * grad_W1
