# train_mlp ignores its argument learning_rate and trains with a rate of its own, 0.3 at every step (found while
# recording train's calls for round 61's decayed rate: a constant rate other than those the check tries).
# kind: bug
# fails: test_train_mlp_iterations: at every step, not the learning_rate it is given
# fails: test_xor
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, 0.3)
    return mlp
