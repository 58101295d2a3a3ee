# linear_backward returns dW = x dy^T, the transpose of the right gradient. The rest of the
# notebook is answered in the student's own style (the demo's cleo; gus copied it). Only the dW test
# loses its points: the MLP tests run the reference linear_backward when graded.
# fails: test_linear_dW: it is transposed
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # Keep this for backward computations
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        count = len(self.diff)
        grad = (2.0 / count) * self.diff
        return grad
# %% tanh
class Tanh:
    def forward(self, x):
        # remember the activation, the derivative needs it
        self.activation = np.tanh(x)
        return self.activation

    def backward(self, dy):
        local_grad = 1.0 - np.power(self.activation, 2)
        return local_grad * dy
# %% linear_backward
def linear_backward(dy, x, W, b):
    # gradient for the input goes back through W
    grad_input = np.dot(W.T, dy)
    # weights: outer product of input and incoming gradient
    grad_weights = np.outer(x, dy)
    grad_bias = np.array(dy, copy=True)
    return grad_input, grad_weights, grad_bias
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        layers = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]
        out = x
        for layer in layers:
            out = layer.forward(out)
        return out

    def backward(self, dy):
        layers = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]
        grad = dy
        for layer in reversed(layers):
            grad = layer.backward(grad)
        return grad
