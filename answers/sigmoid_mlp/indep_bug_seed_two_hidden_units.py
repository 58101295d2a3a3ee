# From an independent tester (round 92): train_mlp (seed 1's student answer): builds SigmoidMLP([2, 2, 1]) instead of [2, 4, 1].
# kind: bug
# fails: test_train_mlp_iterations
# fails: test_xor
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 2, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
