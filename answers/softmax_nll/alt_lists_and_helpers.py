# Correct answers that return lists where the notebook says "tuple" (accepted), use helper functions of
# their own, and store worked answers as plain Python floats and lists.
# kind: alt
# %% forward
def linear(W, b, a_prev):
    return W.T @ a_prev + b


def forward(x, W1, b1, W2, b2):
    z1 = linear(W1, b1, x)
    a1 = relu(z1)
    z2 = linear(W2, b2, a1)
    return [z1, a1, z2, softmax(z2)]
# %% backward
def linear_grads(a_prev, dz):
    return a_prev @ dz.T, dz.sum(axis=1, keepdims=True)


def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2, db2 = linear_grads(a1, dz2)
    dW1, db1 = linear_grads(x, (W2 @ dz2) * (z1 > 0))
    return [dW1, db1, dW2, db2]
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = a_sm[2, 0].item()
W_sm_new = (W_sm - 0.5 * nllm_grad).tolist()
prob_class_2_new = softmax(np.array(W_sm_new).T @ x_sm)[2]
# %% network_forward_worked
outs = forward(x_net, W1, b1, W2, b2)
hidden_out = outs[1].ravel().tolist()
net_out = list(outs[3].ravel())
print(hidden_out, net_out)
# %% network_after_worked
net_out_new = forward(x_net, np.array(W1_new), b1, np.array(W2_new), b2)[3].ravel()
print(net_out_new)
