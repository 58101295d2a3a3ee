# Bug in the last layer only: forward applies ReLU to z2 before the softmax ("an activation on every
# layer"): a2 = softmax(relu(z2)). z1, a1 and z2 are right. Section 5 builds on forward. At the worked point
# z2 = (13, -11), so a2 changes only by ~2e-6 (net_out) and the gradients slightly.
# fails: test_forward: a2 = softmax(relu(z2))
# fails: test_network_output: your forward
# fails: test_W2_update: your forward
# fails: test_W1_update: your forward
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(relu(z2))
    return z1, a1, z2, a2
