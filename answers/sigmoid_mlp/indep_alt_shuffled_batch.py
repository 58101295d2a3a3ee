# From an independent tester (round 61): shuffling the batch, inputs and targets with the same permutation, is right (kept full marks; kept as the counterpart of indep_bug_shuffle_inputs_only).
# kind: alt
# train_mlp reorders the four XOR columns (same permutation for inputs and targets) at every step, drawn AFTER the network is built: still the whole batch, same mean gradient up to rounding.
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        order = np.random.permutation(XOR_INPUTS.shape[1])
        mlp.train(XOR_INPUTS[:, order], XOR_TARGETS[:, order], learning_rate)
    return mlp
