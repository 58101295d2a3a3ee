# The seed's by-hand style for the worked questions (unit by unit, class probabilities as 1-element
# arrays), done right: section 3 with the seed's layout but a correct gradient, section 5 with scalar
# formulas instead of forward and backward.
# kind: alt
# %% softmax_layer_step
a = softmax(np.dot(W_sm.T, x_sm))
nllm_grad = nll_gradient(x_sm, a, y_sm)
prob_class_2 = a[2]
learning_rate = 0.5
W_sm_new = W_sm - learning_rate * nllm_grad
a_updated = softmax(np.dot(W_sm_new.T, x_sm))
prob_class_2_new = a_updated[2]
# %% network_forward_worked
z_1_1 = x_net[0] * W1[0, 0] + x_net[1] * W1[1, 0] + b1[0, 0]
z_2_1 = x_net[0] * W1[0, 1] + x_net[1] * W1[1, 1] + b1[1, 0]
z_3_1 = x_net[0] * W1[0, 2] + x_net[1] * W1[1, 2] + b1[2, 0]
z_4_1 = x_net[0] * W1[0, 3] + x_net[1] * W1[1, 3] + b1[3, 0]
a_1 = relu(np.array([z_1_1, z_2_1, z_3_1, z_4_1]))
hidden_out = a_1
z_1_2 = np.sum(a_1[:, 0] * W2[:, 0]) + b2[0, 0]
z_2_2 = np.sum(a_1[:, 0] * W2[:, 1]) + b2[1, 0]
a_1_2 = np.exp(z_1_2) / (np.exp(z_1_2) + np.exp(z_2_2))
a_2_2 = np.exp(z_2_2) / (np.exp(z_1_2) + np.exp(z_2_2))
net_out = (a_1_2, a_2_2)
# %% network_update_worked
dL_dz2 = np.array([[a_1_2], [a_2_2]]) - y_net
W2_new = W2 - 0.5 * np.dot(a_1, dL_dz2.T)
dL_dz1 = np.dot(W2, dL_dz2) * (np.array([z_1_1, z_2_1, z_3_1, z_4_1]) > 0)
W1_new = W1 - 0.5 * np.dot(x_net, dL_dz1.T)
