# From an independent helper: train_mlp seeds numpy itself ("for reproducibility", as the demo cell does) before
# it builds the network, so the caller's seed is ignored. When graded, the instructor's SigmoidMLP used to draw
# its weights in the tester, untouched by the student's seed, and this kept full marks; it now draws from the
# notebook's generator (testing.notebook_random), so the tests' replay from their own seed tells it apart.
# It lost test_xor too until round 83, where np.random.seed(0) inside kept test_xor and seed(42) lost it: the
# seeding is test_train_mlp_iterations' to grade, whatever the seed (its network replays from its own start).
# fails: test_train_mlp_iterations: seeds numpy's generator itself
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    np.random.seed(1)  # a fixed start, whatever the caller seeded
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
