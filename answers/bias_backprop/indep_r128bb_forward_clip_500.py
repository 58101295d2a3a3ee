# From an independent tester (round 128): dense_forward clipping z to [-500, 500] before the activation (sigmoid's exp overflow guard), wrong for relu/identity beyond 500
# kind: bug
# fails: test_dense_forward: (np.clip of the activation's output?)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    return z, activation(np.clip(z, -500.0, 500.0))
