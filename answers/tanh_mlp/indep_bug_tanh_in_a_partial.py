# From an independent tester (round 9): a Tanh bug cost the MLP tests: reached through functools.partial(Tanh).
# Tanh.backward has (1 - y)**2; the (correct) MLP builds its activations with a functools.partial made at module level.
# fails: test_tanh_backward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y) ** 2
# %% mlp
import functools

make_activation = functools.partial(Tanh)


class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = make_activation()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = make_activation()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
