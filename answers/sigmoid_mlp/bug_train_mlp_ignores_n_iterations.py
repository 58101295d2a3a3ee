# The seed's train_mlp (with this notebook's [2, 4, 1] network): the loop runs int(1e3) times whatever
# n_iterations is. With the default 1000 it still learns XOR, but train_mlp(0, ...) trains 1000 steps.
# fails: test_train_mlp_iterations: took 1000 gradient steps instead of 0
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    inputs = np.array([[0, 1, 0, 1],
                       [0, 0, 1, 1]])
    targets = np.array([[0, 1, 1, 0]])
    for _ in range(int(1e3)):
        mlp.train(inputs, targets, learning_rate)
    return mlp
