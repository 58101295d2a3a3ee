# Bug: forward applies the softmax to z2.T and transposes back (a student used to samples in rows), so each
# ROW of a2 (each class across the samples) sums to one instead of each column. For the worked single sample,
# softmax of a (1, 2) row-vector over axis 0 gives [1, 1]. The worked answers of section 5 build on forward, so
# they are wrong too (they say so in the notebook).
# fails: test_forward: the rows sum to one, not the columns
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% forward
def forward(x, W1, b1, W2, b2):
    """Forward pass of the ReLU-softmax network."""
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2.T).T
    return z1, a1, z2, a2
