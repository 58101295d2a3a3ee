# From an independent tester (round 129): dense_forward gives a 1x1 z the sigmoid whatever the activation (a slip:
# a default activation for a single value).
# kind: bug
# fails: test_dense_forward: a of dense_forward (1x
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    if z.shape[0] == 1 and z.shape[1] == 1:
        return z, sigmoid(z)
    return z, activation(z)
