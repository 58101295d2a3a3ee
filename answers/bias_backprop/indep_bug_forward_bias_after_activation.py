# From an independent tester (round 78): Slip: bias added after the activation: a = activation(W a_prev) + b, z without the bias.
# kind: bug
# Was told only "z is W a_prev without the bias".
# fails: test_dense_forward: the bias is added after the activation
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev
    return z, activation(z) + b
