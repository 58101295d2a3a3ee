# From an independent tester (round 64): train_mlp draws a permutation of the XOR points before building the
# network, so its starting weights are not the seeded ones (was told only "match no number of steps").
# kind: bug
# fails: test_train_mlp_iterations: takes no step, so it must return SigmoidMLP([2, 4, 1])
# fails: test_xor
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    order = np.random.permutation(XOR_INPUTS.shape[1])
    x, t = XOR_INPUTS[:, order], XOR_TARGETS[:, order]
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(x, t, learning_rate)
    return mlp
