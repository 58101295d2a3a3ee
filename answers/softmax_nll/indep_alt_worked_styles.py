# Correct answer whose worked cells store the answers in other accepted forms and compute them differently:
# section 3 works with 1-D vectors (z = x @ W) and a hand-written gradient x_k (a_j - y_j) through
# nll_gradient on (m,1)/(n,1) reshapes, stores the probabilities as plain Python floats and also runs a
# small experiment (extra names, `from numpy import *` in the cell, which rebinds sum/max/abs etc.);
# section 5 stores hidden_out as a Python list, net_out as a tuple, uses the list returned by backward.
# kind: alt
# %% softmax_layer_step
from numpy import *
z_vec = x_sm[:, 0] @ W_sm                  # 1-D pre-activations, shape (3,)
p = softmax(z_vec)
prob_class_2 = float(p[2])
nllm_grad = nll_gradient(x_sm, p.reshape(-1, 1), y_sm)
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(x_sm[:, 0] @ W_sm_new)[2])
# experiment: the loss goes down after the step
loss_before = nllm(p, y_sm[:, 0]); loss_after = nllm(softmax(x_sm[:, 0] @ W_sm_new), y_sm[:, 0])
print("loss before/after:", loss_before, loss_after)
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% network_forward_worked
outs = forward(x_net, W1, b1, W2, b2)
hidden_out = [float(v) for v in outs[1].ravel()]
net_out = tuple(float(v) for v in outs[3].ravel())
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
g = list(backward(x_net, y_net, W1, b1, W2, b2))
lr = 0.5
W2_new = np.array([[W2[i, j] - lr * g[2][i, j] for j in range(W2.shape[1])] for i in range(W2.shape[0])])
W1_new = np.array([[W1[i, j] - lr * g[0][i, j] for j in range(W1.shape[1])] for i in range(W1.shape[0])])
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
_, h_new, _, out_new = forward(x_net, W1_new, b1, W2_new, b2)
net_out_new = out_new.ravel().tolist()
print("hidden units after the step:", h_new.ravel())
print("output after the step:", np.ravel(net_out_new))
