# From an independent tester (round 56): passed its own visible cell.
# train_mlp passes the literal 3.0 to train instead of its learning_rate argument (the student copied the
# default from the task text); right for the default, wrong for any other learning rate.
# kind: bug
# fails: test_train_mlp_iterations: trains with learning rate 3
# self-check: test_train_mlp_iterations: trains with learning rate 3 instead of 0.7
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, 3.0)
    return mlp
