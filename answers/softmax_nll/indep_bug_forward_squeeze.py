# Bug (batch of one): forward squeezes z2 before the softmax, so for a batch of ONE sample z2 and a2 come
# back with shape (n,) instead of (n, 1); batches of N > 1 are right (the visible check passes). The
# worked section-5 answers that go through backward (which calls forward) then hit a broadcasting error
# (a2 - y is (2,) - (2, 1) = (2, 2)); expected messages should point at forward.
# fails: test_forward: z2 has shape (2,), expected (2, 1)
# fails: test_W2_update: It uses your relu, softmax, forward, backward: do they return the shapes
# fails: test_W1_update: It uses your relu, softmax, forward, backward: do they return the shapes
# fails: test_output_after: builds on W1_new
# %% forward
def forward(x, W1, b1, W2, b2):
    """Forward pass of the ReLU-softmax network."""
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = np.squeeze(W2.T @ a1 + b2)
    a2 = softmax(z2)
    return z1, a1, z2, a2
