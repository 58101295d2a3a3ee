# From an independent tester (round 35).
# NOTE (after grading): test_output_after keeps full marks although W1_new is wrong: with either step all four hidden
# ReLUs are dead for x_net, so net_out_new = SM(b2) in both cases; the value is genuinely right (not a grader error).
# Student bob: leaves sigmoid_der as `pass`; in backward takes the ReLU "derivative" as relu(z1) itself
# (the output, not its derivative), so dW1/db1 are wrong; everything else right. Experiment cell reseeds numpy's
# global RNG and rebinds a global `x`.
# kind: other
# fails: test_sigmoid_der: None
# fails: test_backward: ReLU(z1) itself
# fails: test_W1_update
# base: blank
# %% sigmoid
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    pass
# %% nll_gradient
def nll_gradient(x, a, y):
    return x @ (a - y).T
# %% softmax
def softmax(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    return float(-np.sum(y * np.log(a)))
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = a_sm[2, 0]
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[2, 0]
print("gradient:\n", nllm_grad)
# %% relu
def relu(z):
    return np.maximum(z, 0)
# %% after relu
np.random.seed(123)
x = np.random.randn(2, 5)
print(relu(x))
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    delta2 = a2 - y
    dW2 = a1 @ delta2.T
    db2 = delta2.sum(axis=1, keepdims=True)
    delta1 = (W2 @ delta2) * relu(z1)
    dW1 = x @ delta1.T
    db1 = delta1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
_, hidden_out, _, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
dW1, db1, dW2, db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
W1_new = W1 - 0.5 * dW1
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
