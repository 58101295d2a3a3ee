# Correct answers that bind functions as default arguments (def backward(self, dy, derivative=...),
# def linear_backward(..., outer=np.outer)): the extra parameters keep their defaults in every call.
# kind: alt
# %% tanh
def _tanh_grad(y):
    return 1 - y ** 2


class Tanh:
    def forward(self, x, f=np.tanh):
        self.y = f(x)
        return self.y

    def backward(self, dy, derivative=_tanh_grad):
        return dy * derivative(self.y)
# %% linear_backward
def linear_backward(dy, x, W, b, outer=np.outer, transpose=np.transpose):
    return transpose(W) @ dy, outer(dy, x), dy + 0.0
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x, order=("fc1", "activation_fn1", "fc2", "activation_fn2", "fc3")):
        for name in order:
            x = getattr(self, name).forward(x)
        return x

    def backward(self, dy, order=("fc3", "activation_fn2", "fc2", "activation_fn1", "fc1")):
        for name in order:
            dy = getattr(self, name).backward(dy)
        return dy
