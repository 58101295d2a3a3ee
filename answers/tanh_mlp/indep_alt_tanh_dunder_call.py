# From an independent tester (round 9): a Tanh with __call__ = forward, called by the MLP: the reference Tanh had no __call__.
# PyTorch habit: Tanh defines __call__ (= forward) and MLP.forward calls the activation objects directly: self.activation_fn1(h).
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    __call__ = forward

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1(self.fc1.forward(x))
        h = self.activation_fn2(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
