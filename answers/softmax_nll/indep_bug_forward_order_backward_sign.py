# Two bugs in two functions: forward returns (a1, z1, a2, z2) (order of the tuple swapped within each
# layer), while the student's worked cell and backward unpack it as documented (z1, a1, z2, a2); and
# backward uses y - a2 (sign). test_backward gets a correct forward, so it must fail only for the sign.
# The worked answers of section 5 build on forward (and backward on forward too).
# fails: test_forward: forward
# fails: test_backward: sign
# fails: test_hidden_outputs: does test_forward pass
# fails: test_network_output: forward
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    return a1, z1, a2, z2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = y - a2
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), dW2, db2
