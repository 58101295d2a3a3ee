# Correct: prints to sys.stderr and stdout inside answer cells, %time / %timeit magics in experiment
# cells, a numerical check in an experiment cell (allowed: checking, not computing the returned gradient).
# kind: alt
# %% linear_backward
import sys


def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = dy[:, None] * x[None, :]
    db = dy
    return [dx, dW, db]


print("linear_backward defined", file=sys.stderr)
# %% after linear_backward
%time _ = linear_backward(np.ones(3), np.ones(2), np.ones((3, 2)), np.ones(3))
%timeit -n 3 -r 1 linear_backward(np.ones(3), np.ones(2), np.ones((3, 2)), np.ones(3))
_x, _W, _b, _dy = np.random.randn(2), np.random.randn(3, 2), np.random.randn(3), np.random.randn(3)
_J = numerical_gradient(lambda v: linear_forward(v, _W, _b), _x)
print("dx ok:", np.allclose(_dy @ _J, linear_backward(_dy, _x, _W, _b)[0]), file=sys.stderr)
# %% mlp
import sys


class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x, verbose=False):
        h1 = self.activation_fn1.forward(self.fc1.forward(x))
        h2 = self.activation_fn2.forward(self.fc2.forward(h1))
        y = self.fc3.forward(h2)
        if verbose:
            print("forward:", h1.shape, h2.shape, y.shape, file=sys.stderr)
        return y

    def backward(self, dy, verbose=False):
        g = self.fc3.backward(dy)
        g = self.fc2.backward(self.activation_fn2.backward(g))
        dx = self.fc1.backward(self.activation_fn1.backward(g))
        if verbose:
            print("grad norms", [np.linalg.norm(l.grad_W) for l in (self.fc1, self.fc2, self.fc3)])
        return dx
