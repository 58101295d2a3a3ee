# From an independent tester (round 85): train_mlp stops early once every XOR output is within 0.05 of its target: fewer than n_iterations steps, only in long runs (the default 1000).
# kind: bug
# fails: test_xor
# fails: test_train_mlp_iterations: gradient steps instead of 2500
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        if np.all(np.abs(mlp(XOR_INPUTS) - XOR_TARGETS) < 0.05):
            break  # learned: no need to go on
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
