# From an independent tester (round 106): train_mlp halves the learning rate after step 500 (a schedule the task never asked for): only long runs differ.
# kind: bug
# fails: test_xor
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for i in range(n_iterations):
        lr = learning_rate if i < 500 else learning_rate / 2
        mlp.train(XOR_INPUTS, XOR_TARGETS, lr)
    return mlp
