# From an independent tester (round 109): dense_forward clips the activation's output into (-1, 1) "to keep log() safe": wrong for activations with values beyond 1 (relu, identity).
# kind: bug
# fails: test_dense_forward: np.clip of the activation
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    a = np.clip(activation(z), -1 + 1e-12, 1 - 1e-12)
    return z, a
