# Student confused ReLU with ReLU6 (common in mobile nets): min(max(z, 0), 6). Visible check's largest
# input is 3, so it passes; only inputs above 6 reveal it. The worked network has z1 = (3, 10, -5, -12), so
# the worked answers that build on the student's relu (hidden_out, net_out, W2_new, W1_new) are wrong too.
# Round 34: kept test_relu (no checked z above 6); a hidden check now has z up to 120.
# fails: test_relu: got 6, expected
# fails: test_hidden_outputs
# fails: test_W2_update
# (net_out and W1_new are numerically unchanged: z2 = (9, -7) instead of (13, -11) changes the softmax by
# ~1e-7 < the 1e-6 tolerance, and the ReLU mask, hence W1_new, is the same.)
# %% relu
def relu(z):
    return np.clip(np.asarray(z, dtype=float), 0.0, 6.0)
