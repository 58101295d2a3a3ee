# From an independent tester (round 92): Correct: the seed notebook's own formulas and names (diff = a - y, dL_dz2...), with the transpose fixed and a column-wise stable softmax.
# kind: alt
# %% sigmoid
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    return sigmoid(z) * (1 - sigmoid(z))
# %% nll_gradient
def nll_gradient(x, a, y):
    diff = a - y
    gradient = np.dot(x, diff.T)
    return gradient
# %% softmax
def softmax(z):
    exp_z = np.exp(z - np.max(z, axis=0, keepdims=True))
    return exp_z / np.sum(exp_z, axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    return -np.sum(y * np.log(a))
# %% softmax_layer_step
w = W_sm.copy()
x = x_sm
y = y_sm
a = softmax(np.dot(w.T, x))
nllm_grad = nll_gradient(x, a, y)
prob_class_2 = a[2]
learning_rate = 0.5
W_sm_new = w - learning_rate * nllm_grad
a_updated = softmax(np.dot(W_sm_new.T, x))
prob_class_2_new = a_updated[2]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    return np.maximum(0, z)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.dot(W1.T, x) + b1
    a1 = relu(z1)
    z2 = np.dot(W2.T, a1) + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dL_dz2 = a2 - y
    dW2 = np.dot(a1, dL_dz2.T)
    db2 = np.sum(dL_dz2, axis=1, keepdims=True)
    dL_da1 = np.dot(W2, dL_dz2)
    dL_dz1 = dL_da1 * (z1 > 0)
    dW1 = np.dot(x, dL_dz1.T)
    db1 = np.sum(dL_dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
z_1, a_1, z_2, a_2 = forward(x_net, W1, b1, W2, b2)
hidden_out = a_1
net_out = a_2
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
alpha = 0.5
dL_dw1, dL_db1, nllm_grad_w2, dL_db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - alpha * nllm_grad_w2
W1_new = W1 - alpha * dL_dw1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
z_1, a_1, z_2, a_2 = forward(x_net, W1_new, b1, W2_new, b2)
net_out_new = a_2
print("hidden after:", np.ravel(a_1))
print("output after the step:", np.ravel(net_out_new))
