# From an independent tester (round 92): dense_forward squeezes z (to get "clean" vectors): a batch of one or a layer of one unit loses an axis.
# kind: bug
# fails: test_dense_forward: The axis of length 1 is gone: np.squeeze
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.squeeze(W @ a_prev + b)
    return z, activation(z)
