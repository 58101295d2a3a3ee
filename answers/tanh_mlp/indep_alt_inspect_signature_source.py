# Honest: debug prints to sys.stderr, a "'Linear' in globals()" sanity check at cell level (outside the
# functions), and inspect.signature used in an experiment cell to look at the student's own function.
# kind: alt
# %% mse_loss
import sys


class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self, debug=False):
        g = 2 * self.diff / self.diff.size
        if debug:
            print("MSELoss.backward:", g, file=sys.stderr)
        return g


print("MSELoss defined", file=sys.stderr)
# %% mlp
if 'Linear' not in globals() or 'Tanh' not in globals():
    print("Run the cells above first!", file=sys.stderr)


class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        g = self.activation_fn2.backward(self.fc3.backward(dy))
        g = self.activation_fn1.backward(self.fc2.backward(g))
        return self.fc1.backward(g)
# %% after mlp
import inspect
print(inspect.signature(MLP.forward), inspect.signature(linear_backward))
print([name for name in vars(MLP) if not name.startswith('__')])
print(inspect.getsource(MLP.backward))
