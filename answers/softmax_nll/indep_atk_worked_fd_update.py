# From an independent tester (round 123): network_update_worked: W1_new and W2_new from gradients estimated by plain central differences at module level in
# the worked cell (backward never called): does the scan look at worked cells?
# kind: other
# flagged: W2_new, an answer the tests read, is a numerical estimate
# %% network_update_worked
def _net_loss(A, B):
    return nllm(forward(x_net, A, b1, B, b2)[3], y_net)
h = 1e-6
g1 = np.zeros_like(W1)
g2 = np.zeros_like(W2)
for i in np.ndindex(W1.shape):
    E = W1.copy(); E[i] += h; F = W1.copy(); F[i] -= h
    g1[i] = (_net_loss(E, W2) - _net_loss(F, W2)) / (2 * h)
for i in np.ndindex(W2.shape):
    E = W2.copy(); E[i] += h; F = W2.copy(); F[i] -= h
    g2[i] = (_net_loss(W1, E) - _net_loss(W1, F)) / (2 * h)
W2_new = W2 - 0.5 * g2
W1_new = W1 - 0.5 * g1
