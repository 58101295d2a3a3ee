# A copy of bug_dW_transposed with the variables renamed and the comments reworded (the demo's gus,
# who copied cleo): the similarity report must pair them. Same bug, same failures.
# fails: test_linear_dW: it is transposed
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # Keep this for backward computations
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        n_items = len(self.diff)
        g = (2.0 / n_items) * self.diff
        return g
# %% tanh
class Tanh:
    def forward(self, x):
        # store output for the backward pass
        self.out = np.tanh(x)
        return self.out

    def backward(self, dy):
        deriv = 1.0 - np.power(self.out, 2)
        return deriv * dy
# %% linear_backward
def linear_backward(dy, x, W, b):
    # input gradient flows back via the weight matrix
    d_in = np.dot(W.T, dy)
    # weight gradient is an outer product
    d_w = np.outer(x, dy)
    d_b = np.array(dy, copy=True)
    return d_in, d_w, d_b
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        blocks = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]
        h = x
        for blk in blocks:
            h = blk.forward(h)
        return h

    def backward(self, dy):
        blocks = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]
        g = dy
        for blk in reversed(blocks):
            g = blk.backward(g)
        return g
