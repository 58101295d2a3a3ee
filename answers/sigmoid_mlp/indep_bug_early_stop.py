# From an independent tester (round 106): train_mlp stops early once every XOR output is within 0.2 of its target, so it takes fewer than n_iterations steps.
# kind: bug
# fails: test_xor
# fails: test_train_mlp_iterations: gradient steps instead of 2500
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        if np.all(np.abs(mlp(XOR_INPUTS) - XOR_TARGETS) < 0.2):
            break
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
