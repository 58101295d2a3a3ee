# From an independent tester (round 81): train_mlp gets an extra first parameter `seed` without a default (student seeds inside): the tests' call train_mlp(k, eta) binds k to seed and eta to n_iterations.
# kind: bug
# Was told "often a call with the wrong number or kind of arguments" (range(3.0) raised, not the call).
# fails: test_train_mlp_iterations: so they land in other parameters than yours
# fails: test_xor
# %% train_mlp
def train_mlp(seed, n_iterations=1000, learning_rate=3.0):
    np.random.seed(seed)
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
