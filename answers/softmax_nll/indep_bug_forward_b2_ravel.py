# Round 38. forward adds b2.ravel() (shape (n,)) which broadcasts along rows: wrong values when N == n, wrong shape otherwise.
# fails: test_forward: broadcasts along the rows
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2.ravel()
    a2 = softmax(z2)
    return z1, a1, z2, a2
