# From an independent tester (round 69): train_mlp loops range(max(n_iterations, 1)): one step for n_iterations = 0, right for every n >= 1. It was
# asked only about range(n_iterations + 1).
# kind: bug
# fails: test_train_mlp_iterations: max(n_iterations, 1)
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(max(n_iterations, 1)):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
