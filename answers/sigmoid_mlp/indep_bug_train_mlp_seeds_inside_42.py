# From an independent tester (round 83): train_mlp seeds numpy itself with np.random.seed(42) before building the network (seed other than the test seed).
# kind: bug
# test_xor kept its points with seed(0) inside and lost them with seed(42): the seeding is now
# test_train_mlp_iterations' alone, whatever the seed (the network replays from its own start).
# fails: test_train_mlp_iterations: seeds numpy's generator itself
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    np.random.seed(42)
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
