# From an independent tester (round 7): train_mlp seeds numpy with the visible check's own seed (0), so the visible
# check passed while the hidden tests failed it without saying why. The notebook now says not to seed, and the
# checks call train_mlp(0) after two seeds to tell. test_xor seeds 0 too: the same start, it learns XOR, full marks.
# train_mlp seeds numpy itself (np.random.seed(0)) before building the network, for reproducibility; the
# student adds experiment cells with globals named learning_rate / n_iterations and extra training runs.
# fails: test_train_mlp_iterations: seeds numpy's generator itself
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    np.random.seed(0)
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp

# %% after xor_demo
learning_rate = 10.0
n_iterations = 7
small = SigmoidMLP([2, 2, 1])
for _ in range(200):
    small.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
print("[2, 2, 1]:", np.round(small(XOR_INPUTS), 3))

# %% after train_net
weights_exp = [np.ones((2, 3)), np.ones((3, 1))]
biases_exp = [np.zeros(3), np.zeros(1)]
for _ in range(3):
    weights_exp, biases_exp, c = train_net(np.eye(2), np.array([[0.2], [0.8]]), weights_exp, biases_exp, 0.1)
print("experiment cost", c)
