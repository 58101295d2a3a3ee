# The seed's signature train_mlp(n_iterations, learning_rate), without the defaults the task gives: calling
# train_mlp() fails, so the XOR test fails; train_mlp(k, eta) itself is right.
# fails: test_xor: TypeError: raised by your train_mlp
# %% train_mlp
def train_mlp(n_iterations, learning_rate):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
