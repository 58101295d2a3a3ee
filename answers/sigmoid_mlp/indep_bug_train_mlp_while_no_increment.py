# From an independent tester (round 18): the runaway message named a numpy function the test had called (module.randn), not train_mlp.
# train_mlp: a while loop whose counter is never incremented -> infinite loop for every n_iterations >= 1
# (n_iterations = 0 returns at once). The xor_demo cell hangs too. Only train_mlp's two tests should fail.
# fails: test_train_mlp_iterations: the test stopped your train_mlp
# fails: test_xor: the test stopped your train_mlp
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    i = 0
    while i < n_iterations:
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
