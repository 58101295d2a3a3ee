# From an independent helper: train_mlp shuffles the four XOR points (one draw from numpy's generator) before it
# builds the network, so the network does not start from the first draw after the caller's seed (the task: build
# the network first). Shuffling alone changes nothing: the gradient is a mean over the batch. Kept full marks
# when graded while the reference SigmoidMLP drew its weights in the tester (see bug_train_mlp_reseed).
# fails: test_train_mlp_iterations: draw random numbers before it builds the network
# fails: test_xor: before drawing other random numbers
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    order = np.random.permutation(XOR_INPUTS.shape[1])
    inputs, targets = XOR_INPUTS[:, order], XOR_TARGETS[:, order]
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(inputs, targets, learning_rate)
    return mlp
