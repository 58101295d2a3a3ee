# MLP keeps an ordered list of blocks built in __init__ and uses functools.reduce for both passes;
# linear_backward returns a list and db is dy itself (allowed by the notebook); MSE via np.multiply.
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return np.multiply(2.0 / self.diff.size, self.diff)
# %% linear_backward
def linear_backward(dy, x, W, b):
    return [np.dot(W.T, dy), np.outer(dy, x), dy]
# %% mlp
from functools import reduce

class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.blocks = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]

    def forward(self, x):
        return reduce(lambda h, block: block.forward(h), self.blocks, x)

    def backward(self, dy):
        return reduce(lambda g, block: block.backward(g), reversed(self.blocks), dy)
