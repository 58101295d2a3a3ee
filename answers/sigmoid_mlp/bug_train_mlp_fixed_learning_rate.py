# train_mlp passes the default 3.0 to train whatever learning_rate it is given: the visible checks (all at 3.0)
# and XOR pass, the hidden ones with other learning rates do not, and the message names the learning rate.
# fails: test_train_mlp_iterations: trains with learning rate 3 instead of
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, 3.0)
    return mlp
