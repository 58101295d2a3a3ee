# Round 38. Off-by-one: range(1, n_iterations) takes n_iterations - 1 steps.
# test_xor keeps its marks: train_mlp() does what train_mlp(1000, 3.0) does, so the defaults are right, and the
# step count, wrong whatever n_iterations is, is test_train_mlp_iterations' to grade (round 50).
# fails: test_train_mlp_iterations: one step too few
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for i in range(1, n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
