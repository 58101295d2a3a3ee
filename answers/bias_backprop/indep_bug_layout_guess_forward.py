# From an independent tester (round 105): dense_forward "detects" a row-layout batch and transposes a_prev whenever a_prev.shape[1] == W.shape[1] (batch size equal to N_prev).
# kind: bug
# fails: test_dense_forward: a_prev is transposed
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    if a_prev.shape[1] == W.shape[1]:   # looks like one sample per row: flip it
        a_prev = a_prev.T
    z = W @ a_prev + b
    return z, activation(z)
