# From an independent tester (round 69): train_mlp's default learning_rate is 0.3, not 3: right whenever a rate is passed, XOR not learned with the
# defaults. It was told of 'the learning_rate it is given (3)', when none was given.
# kind: bug
# fails: test_xor: not the task's default learning_rate (3)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=0.3):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
