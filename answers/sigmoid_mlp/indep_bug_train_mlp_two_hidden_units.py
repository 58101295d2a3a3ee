# From an independent tester (round 65, after seed 1): train_mlp builds SigmoidMLP([2, 2, 1]); test_xor asked
# about the defaults instead of the architecture.
# kind: bug
# fails: test_train_mlp_iterations
# fails: test_xor: where SigmoidMLP([2, 4, 1]) has
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 2, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
