# From an independent tester (round 47).
# train_mlp passes int(learning_rate) to train (a student "cleaning" the argument): 3.0 works, 0.5 becomes 0.
# fails: test_train_mlp_iterations: a learning rate of 0 instead of
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, int(learning_rate))
    return mlp
