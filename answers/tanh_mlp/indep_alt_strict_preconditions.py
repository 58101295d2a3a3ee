# From an independent tester (round 68): every function first asserts each precondition the notebook states or the maths requires; none may fire
# in any call the tests make (round 67: targets scaled out of one-hot made an honest assert refuse a call).
# kind: alt
# Correct solution of every task; each function first asserts every precondition the notebook states or implies.
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        """Mean squared error c = mean((y - target)**2)."""
        assert isinstance(y, np.ndarray), f"MSELoss.forward: y must be an array, got {type(y)}"  # docstring: y (array)
        assert isinstance(target, np.ndarray), f"MSELoss.forward: target must be an array, got {type(target)}"  # docstring: target (array)
        assert np.issubdtype(y.dtype, np.floating), f"MSELoss.forward: y must be floats, got {y.dtype}"  # section 1: 'y, a prediction, is floats'
        assert y.ndim == 1, f"MSELoss.forward: y must be 1-D, got shape {y.shape}"  # docstring: y shape (n_features,)
        assert target.shape == y.shape, f"MSELoss.forward: target shape {target.shape} != y shape {y.shape}"  # docstring: target shape (n_features,)
        assert y.size >= 1, "MSELoss.forward: y must have n >= 1 entries"  # maths: mean over n entries
        assert np.issubdtype(y.dtype, np.number), "MSELoss.forward: y must be numeric"  # y is a prediction (floats)
        assert np.issubdtype(target.dtype, np.number) or target.dtype == bool, "MSELoss.forward: target must be numeric"  # "target may hold integers"
        assert np.all(np.isfinite(y)), "MSELoss.forward: y must be finite"  # maths: a finite loss needs finite y
        assert np.all(np.isfinite(target)), "MSELoss.forward: target must be finite"  # maths
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"  # given in the notebook
        assert self.diff.ndim == 1, "MSELoss.backward: stored diff must be 1-D"  # forward's layout
        return 2.0 * self.diff / self.diff.size

# %% tanh
class Tanh:
    def forward(self, x):
        assert isinstance(x, np.ndarray), f"Tanh.forward: x must be an array, got {type(x)}"  # docstring: x (array)
        assert x.ndim == 1, f"Tanh.forward: x must be 1-D (n_features,), got shape {x.shape}"  # docstring: shape (n_features,)
        assert np.issubdtype(x.dtype, np.number) or x.dtype == bool, "Tanh.forward: x must be numeric"  # "x may be integers"
        assert np.all(np.isfinite(x)), "Tanh.forward: x must be finite"  # notebook: tests try |x| up to 1000 (finite)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        assert hasattr(self, 'y'), "Tanh.backward: call forward() first"  # forward keeps what backward needs
        assert isinstance(dy, np.ndarray), f"Tanh.backward: dy must be an array, got {type(dy)}"  # docstring: dy (array)
        assert dy.ndim == 1, f"Tanh.backward: dy must be 1-D (n_features,), got shape {dy.shape}"  # docstring
        assert dy.shape == self.y.shape, f"Tanh.backward: dy shape {dy.shape} != x shape {self.y.shape}"  # element-wise: dy same shape as x
        assert np.all(np.isfinite(dy)), "Tanh.backward: dy must be finite"  # a gradient of a finite loss
        return dy * (1.0 - self.y ** 2)

# %% linear_backward
def linear_backward(dy, x, W, b):
    for name, a in (("dy", dy), ("x", x), ("W", W), ("b", b)):
        assert isinstance(a, np.ndarray), f"linear_backward: {name} must be an array, got {type(a)}"  # docstring: (array)
    assert W.ndim == 2, f"linear_backward: W must be 2-D (out_features, in_features), got {W.shape}"  # docstring
    assert x.ndim == 1, f"linear_backward: x must be 1-D (in_features,), got {x.shape}"  # docstring
    assert dy.ndim == 1, f"linear_backward: dy must be 1-D (out_features,), got {dy.shape}"  # docstring
    assert b.ndim == 1, f"linear_backward: b must be 1-D (out_features,), got {b.shape}"  # docstring
    assert x.shape[0] == W.shape[1], f"linear_backward: x has {x.shape[0]} entries, W has {W.shape[1]} columns"  # in_features
    assert dy.shape[0] == W.shape[0], f"linear_backward: dy has {dy.shape[0]} entries, W has {W.shape[0]} rows"  # out_features
    assert b.shape[0] == W.shape[0], f"linear_backward: b has {b.shape[0]} entries, W has {W.shape[0]} rows"  # out_features
    for name, a in (("dy", dy), ("x", x), ("W", W), ("b", b)):
        assert np.all(np.isfinite(a)), f"linear_backward: {name} must be finite"  # maths
    dx = W.T @ dy
    dW = np.outer(dy, x).astype(np.result_type(dy, x, float))
    db = dy
    return dx, dW, db

# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        for name, n in (("in_features", in_features), ("hidden_size1", hidden_size1),
                        ("hidden_size2", hidden_size2), ("out_features", out_features)):
            assert int(n) == n and n >= 1, f"MLP: {name} must be a positive integer, got {n}"  # docstring: number of units
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        assert isinstance(x, np.ndarray), f"MLP.forward: x must be an array, got {type(x)}"  # docstring: x (array)
        assert x.ndim == 1, f"MLP.forward: x must be 1-D (in_features,), got {x.shape}"  # docstring
        assert x.shape[0] == self.fc1.W.shape[1], f"MLP.forward: x has {x.shape[0]} entries, expected {self.fc1.W.shape[1]}"  # in_features
        assert np.all(np.isfinite(x)), "MLP.forward: x must be finite"  # maths
        h = self.fc1.forward(x)
        h = self.activation_fn1.forward(h)
        h = self.fc2.forward(h)
        h = self.activation_fn2.forward(h)
        return self.fc3.forward(h)

    def backward(self, dy):
        assert hasattr(self.fc1, 'x'), "MLP.backward: call forward() first"  # backward needs what forward left
        assert isinstance(dy, np.ndarray), f"MLP.backward: dy must be an array, got {type(dy)}"  # docstring: dy (array)
        assert dy.ndim == 1, f"MLP.backward: dy must be 1-D (out_features,), got {dy.shape}"  # docstring
        assert dy.shape[0] == self.fc3.W.shape[0], f"MLP.backward: dy has {dy.shape[0]} entries, expected {self.fc3.W.shape[0]}"  # out_features
        assert np.all(np.isfinite(dy)), "MLP.backward: dy must be finite"  # maths
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
