# From an independent tester (round 71): partial: softmax, forward and the worked forward answered, relu is np.abs, the rest blank: test_forward keeps its points (graded with a correct relu).
# kind: other
# base: blank
# fails: test_sigmoid
# fails: test_sigmoid_der
# fails: test_nll_gradient
# fails: test_nllm
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# fails: test_relu: it returns |z|
# fails: test_backward
# fails: test_hidden_outputs
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% softmax
def softmax(z):
    e = np.exp(z - np.max(z, axis=0))
    return e / np.sum(e, axis=0)
# %% relu
def relu(z):
    return np.abs(z)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    return z1, a1, z2, softmax(z2)
# %% network_forward_worked
z1_, hidden_out, z2_, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
