# From an independent tester (round 61): train_mlp's message was the generic 'match no number of steps' checklist.
# train_mlp shuffles the XOR columns each step but permutes only the inputs, not the targets (inputs and targets no longer match).
# kind: bug
# self-check: test_train_mlp_iterations: an input column no longer meets its own target
# self-check: test_xor: an input column no longer meets its own target
# fails: test_train_mlp_iterations: an input column no longer meets its own target
# fails: test_xor: an input column no longer meets its own target
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        order = np.random.permutation(4)
        mlp.train(XOR_INPUTS[:, order], XOR_TARGETS, learning_rate)
    return mlp
