# From an independent tester (round 65): forward with samples in rows; the worked update cells were told to fix
# "your forward and backward", though backward (which runs forward) passes its own test.
# kind: bug
# fails: test_forward
# fails: test_W2_update: perhaps only through forward
# fails: test_W1_update: perhaps only through forward
# fails: test_output_after
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = x.T @ W1 + b1.T
    a1 = relu(z1)
    z2 = a1 @ W2 + b2.T
    a2 = softmax(z2.T).T
    return z1, a1, z2, a2
