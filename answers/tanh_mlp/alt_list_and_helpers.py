# Correct answers returning a list [dx, dW, db] (the task allows a tuple or a list), with helper
# functions of the student's own at the top of the cells, and an MLP written as a loop over a list of blocks.
# kind: alt
# %% tanh
def tanh_derivative_from_output(y):
    return 1.0 - y * y


class Tanh:
    def forward(self, x):
        self.cache = np.tanh(x)
        return self.cache

    def backward(self, dy):
        return dy * tanh_derivative_from_output(self.cache)
# %% linear_backward
def weight_gradient(dy, x):
    return dy[:, np.newaxis] * x[np.newaxis, :]


def linear_backward(dy, x, W, b):
    return [np.dot(dy, W), weight_gradient(dy, x), 1.0 * dy]
# %% mlp
def run_blocks(blocks, value, method):
    for block in blocks:
        value = getattr(block, method)(value)
    return value


class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def blocks(self):
        return [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]

    def forward(self, x):
        return run_blocks(self.blocks(), x, "forward")

    def backward(self, dy):
        return run_blocks(self.blocks()[::-1], dy, "backward")
