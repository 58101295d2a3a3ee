# From an independent tester (round 101): dense_forward clips z to [-50, 50] before returning it: z (and a for tanh/other activations) wrong for large pre-activations.
# kind: bug
# fails: test_dense_forward: It is capped
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.clip(W @ a_prev + b, -50.0, 50.0)
    return z, activation(z)
