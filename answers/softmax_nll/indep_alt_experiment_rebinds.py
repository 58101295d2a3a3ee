# Correct answers, plus experiment code the notebook invites ("the experiment cells you are welcome to
# add"): at the end of the worked cells the student rebinds common names (x, y, a, z, W) for scratch work,
# trains the softmax layer for more steps in a loop on copies, and - after net_out_new is stored - tries a
# leaky ReLU to see whether it avoids the dead units, rebinding the name `relu` to the leaky version. The
# notebook says the tests do not depend on names your cells can rebind, so this must not cost points.
# kind: alt
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = a_sm[2, 0]
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[2, 0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)

# experiment: keep training on this one point
W = W_sm_new.copy()
x, y = x_sm, y_sm
for step in range(20):
    z = W.T @ x
    a = softmax(z)
    W = W - 0.5 * nll_gradient(x, a, y)
print("after 21 steps, P(class 1) =", softmax(W.T @ x)[1, 0], " loss =", nllm(softmax(W.T @ x), y))
# %% network_after_worked
# Store your answer in: net_out_new
z1_new, a1_new, z2_new, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
print("output after the step:", np.ravel(net_out_new))
print("hidden pre-activations after the step:", np.ravel(z1_new))

# experiment: would a leaky ReLU have kept the units alive?
def relu(z):
    return np.where(z > 0, z, 0.01 * z)

print("leaky hidden outputs:", np.ravel(forward(x_net, W1_new, b1, W2_new, b2)[1]))
