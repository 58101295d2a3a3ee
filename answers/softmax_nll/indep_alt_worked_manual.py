# From an independent tester (round 106): Worked answers computed step by step on copies, with in-place updates of the copies, and experiment cells added after each.
# kind: alt
# score: full
# %% softmax_layer_step
W_work = W_sm.copy()
a_before = softmax(W_work.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_before, y_sm)
prob_class_2 = float(a_before[2, 0])
W_work -= 0.5 * nllm_grad
W_sm_new = W_work
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% after softmax_layer_step
_exp_W = W_sm.copy() * 2.0
print("experiment:", softmax(_exp_W.T @ x_sm).ravel())
# %% network_update_worked
grads = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2.copy(); W2_new -= 0.5 * grads[2]
W1_new = W1.copy(); W1_new -= 0.5 * grads[0]
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% after network_update_worked
_z1, _a1, _z2, _a2 = forward(x_net * 3, W1.copy(), b1.copy(), W2.copy(), b2.copy())
print("experiment:", _a2.ravel())
