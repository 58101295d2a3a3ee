# From an independent tester (round 92): train_mlp (seed 1's student answer): loops range(int(1e3)) whatever n_iterations is.
# kind: bug
# fails: test_train_mlp_iterations
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(int(1e3)):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
