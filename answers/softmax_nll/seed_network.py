# The seed homework's section 5 as written there, unit by unit: the forward values and the W2 step are
# right; W1's gradient is dL/dz2 (W2_new x)^T, masked by unit, which is not the chain rule (and uses the
# updated W2). The output after the step builds on W1_new.
# fails: test_W1_update: this is not the chain rule
# fails: test_output_after: it builds on W1_new, which is not right
# %% network_forward_worked
x = x_net
w_1, w_1_bias, w_2, w_2_bias = W1, b1, W2, b2
z_1_1 = x[0] * w_1[0, 0] + x[1] * w_1[1, 0] + w_1_bias[0, 0]
z_2_1 = x[0] * w_1[0, 1] + x[1] * w_1[1, 1] + w_1_bias[1, 0]
z_3_1 = x[0] * w_1[0, 2] + x[1] * w_1[1, 2] + w_1_bias[2, 0]
z_4_1 = x[0] * w_1[0, 3] + x[1] * w_1[1, 3] + w_1_bias[3, 0]
a_1_1, a_2_1, a_3_1, a_4_1 = relu(z_1_1), relu(z_2_1), relu(z_3_1), relu(z_4_1)
a_1 = np.array([a_1_1, a_2_1, a_3_1, a_4_1])
hidden_out = a_1
z_1_2 = a_1_1 * w_2[0, 0] + a_2_1 * w_2[1, 0] + a_3_1 * w_2[2, 0] + a_4_1 * w_2[3, 0] + w_2_bias[0, 0]
z_2_2 = a_1_1 * w_2[0, 1] + a_2_1 * w_2[1, 1] + a_3_1 * w_2[2, 1] + a_4_1 * w_2[3, 1] + w_2_bias[1, 0]
a_1_2 = np.exp(z_1_2) / (np.exp(z_1_2) + np.exp(z_2_2))
a_2_2 = np.exp(z_2_2) / (np.exp(z_1_2) + np.exp(z_2_2))
net_out = (a_1_2, a_2_2)
# %% network_update_worked
y = y_net
dL_dz2 = np.array([a_1_2 - y[0], a_2_2 - y[1]])
nllm_grad_w2 = np.dot(a_1, dL_dz2.T)
alpha = 0.5
W2_new = w_2 - alpha * nllm_grad_w2
dL_dw1 = np.dot(dL_dz2, np.dot(W2_new, x).T)
W1_new = np.zeros([2, 4])
for j, z in enumerate((z_1_1, z_2_1, z_3_1, z_4_1)):
    if z > 0:
        W1_new[:, j] = w_1[:, j] - alpha * dL_dw1[:, j]
    else:
        W1_new[:, j] = w_1[:, j]
