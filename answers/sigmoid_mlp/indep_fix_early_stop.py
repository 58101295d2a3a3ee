# From an independent tester (round 106): bug_early_stop fixed as the grader's message says: no break, exactly n_iterations steps.
# kind: alt
# score: full
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
