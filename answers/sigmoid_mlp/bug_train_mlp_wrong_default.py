# train_mlp's default number of steps is 2000, not the task's 1000 (its loop is right): test_xor, which grades
# train_mlp() with its defaults, fails and says so; train_mlp(k, eta) is right, so test_train_mlp_iterations passes.
# (Round 50 made test_xor excuse a step count wrong for every n_iterations; a wrong default must still fail it.)
# fails: test_xor: train_mlp() trains with 2000 steps
# %% train_mlp
def train_mlp(n_iterations=2000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
