# From an independent tester (round 48).
# train_mlp halves the learning rate every 250 steps (annealing): the message asked about seeding and data only.
# fails: test_xor: the learning rate changes inside the loop
# fails: test_train_mlp_iterations: the learning rate changes inside the loop
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for i in range(n_iterations):
        if i > 0 and i % 250 == 0:
            learning_rate = learning_rate / 2
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
