# Correct answers, plus the experiment cells the notebook invites, added after the tasks: they overwrite
# the given data (W_sm, x_sm, W1, W2, x_net, y_net...) and names like x, y, a, z. No grade may change.
# kind: alt
# %% after nllm
a = np.array([[0.2], [0.7], [0.1]])
y = np.array([[0.0], [1.0], [0.0]])
print("my nllm:", nllm(a, y))
# %% after softmax_layer_step
# try a smaller step, and another input
W_sm = W_sm - 0.1 * nllm_grad
x_sm = np.array([[2.0], [-1.0]])
y_sm = np.array([[1.0], [0.0], [0.0]])
print("P(class 2), step 0.1:", softmax(W_sm.T @ x_sm)[2, 0])
# %% after relu
z = np.linspace(-2, 2, 5)
print(relu(z))
# %% after network_update_worked
# the updated weights become the current ones
W1, W2 = W1_new.copy(), W2_new.copy()
print(W1, W2)
# %% after network_after_worked
# keep training on another sample, with another learning rate and zero biases
x_net = np.array([[1.0], [-2.0]])
y_net = np.array([[1.0], [0.0]])
b1 = np.zeros((4, 1))
b2 = np.zeros((2, 1))
for _ in range(3):
    g1, _, g2, _ = backward(x_net, y_net, W1, b1, W2, b2)
    W1, W2 = W1 - 1e-2 * g1, W2 - 1e-2 * g2
print(forward(x_net, W1, b1, W2, b2)[3])
