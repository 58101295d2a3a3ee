# From an independent tester (round 106): train_mlp that builds the net first, then shuffles the four XOR columns before every full-batch step (same mean gradient).
# kind: alt
# score: full
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        order = np.random.permutation(XOR_INPUTS.shape[1])
        mlp.train(XOR_INPUTS[:, order], XOR_TARGETS[:, order], learning_rate)
    return mlp
