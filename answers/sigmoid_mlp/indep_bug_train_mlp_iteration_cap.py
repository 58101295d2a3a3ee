# From an independent tester (round 127): train_mlp silently caps the iterations at 2000 (a student's "speed-up" left in): right for every count the
# tests can afford to run.
# kind: bug
# fails: test_train_mlp_iterations: 2000 gradient steps instead of 2500
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(min(n_iterations, 2000)):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
