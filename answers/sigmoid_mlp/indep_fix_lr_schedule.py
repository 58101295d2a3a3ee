# From an independent tester (round 106): bug_lr_schedule fixed as the grader's message says: every step uses the learning_rate train_mlp is given.
# kind: alt
# score: full
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for i in range(n_iterations):
        lr = learning_rate
        mlp.train(XOR_INPUTS, XOR_TARGETS, lr)
    return mlp
