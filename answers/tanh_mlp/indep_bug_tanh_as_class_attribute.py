# From an independent tester (round 9): a Tanh bug cost the MLP tests: the MLP held Tanh as a class attribute.
# Tanh.backward has (1 - y)**2; the (correct) MLP holds its activation class in a class attribute.
# fails: test_tanh_backward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y) ** 2
# %% mlp
class MLP:
    activation_class = Tanh

    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = self.activation_class()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = self.activation_class()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
