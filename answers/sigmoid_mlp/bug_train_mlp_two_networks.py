# train_mlp builds a first SigmoidMLP([2, 4, 1]) to print the untrained outputs, then trains a second one: the
# network it returns does not start from the first draw after seeding, so it matches no trajectory of the tests
# (the task: create the network first, before drawing any other random number).
# fails: test_train_mlp_iterations: another SigmoidMLP built first
# fails: test_xor: does train_mlp create the network first
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    untrained = SigmoidMLP([2, 4, 1])
    print("before training:", untrained(XOR_INPUTS))
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
