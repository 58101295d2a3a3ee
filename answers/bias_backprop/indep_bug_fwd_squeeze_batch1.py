# dense_forward squeezes a_prev "to handle a single vector": for a batch of ONE sample (N_prev, 1) becomes
# (N_prev,), W @ a is (N,), and + b (N,1) broadcasts to an (N, N) matrix. Right for B > 1 (and N_prev > 1).
# Expected: the visible check (batch of 4) passes; only the hidden single-sample check can catch it (shape).
# Round 33: the message named only the row layout, which gives the same numbers; it now names the squeeze too.
# fails: test_dense_forward: something was squeezed to 1-D (np.squeeze of a_prev
# self-check: test_dense_forward: something was squeezed to 1-D
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    a = np.squeeze(a_prev)
    z = W @ a + b
    return z, activation(z)
