# A copy of bug_W1_after_W2_update with the variables renamed and the comments reworded (a plagiarism
# pair for the similarity report). Same bug: W1's gradient goes through the already-updated W2.
# fails: test_W1_update: gradients computed through the already-updated W2
# fails: test_output_after: it builds on W1_new, which is not right
# %% forward
def forward(x, W1, b1, W2, b2):
    # first layer
    zh = np.dot(W1.T, x) + b1
    h_act = relu(zh)
    # second layer
    zo = np.dot(W2.T, h_act) + b2
    probs = softmax(zo)
    return zh, h_act, zo, probs
# %% backward
def backward(x, y, W1, b1, W2, b2):
    zh, h_act, zo, probs = forward(x, W1, b1, W2, b2)
    err_o = probs - y
    gW2 = np.dot(h_act, err_o.T)
    gb2 = err_o.sum(axis=1, keepdims=True)
    mask = (zh > 0).astype(float)
    err_h = np.dot(W2, err_o) * mask
    gW1 = np.dot(x, err_h.T)
    gb1 = err_h.sum(axis=1, keepdims=True)
    return gW1, gb1, gW2, gb2
# %% network_update_worked
# update the last layer first
zh, h_act, zo, probs = forward(x_net, W1, b1, W2, b2)
err_o = probs - y_net
gW2 = np.dot(h_act, err_o.T)
W2_new = W2 - 0.5 * gW2
# now layer one
mask = (zh > 0).astype(float)
err_h = np.dot(W2_new, err_o) * mask
gW1 = np.dot(x_net, err_h.T)
W1_new = W1 - 0.5 * gW1
