# A correct Tanh written through the logistic sigmoid, tanh(x) = 2 sigmoid(2x) - 1, whose derivative
# 4 sigmoid(2x) (1 - sigmoid(2x)) the student derived; and an MLP whose backward names every step.
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        self.s = 1 / (1 + np.exp(-2 * x))
        return 2 * self.s - 1

    def backward(self, dy):
        return dy * 4 * self.s * (1 - self.s)
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        z1 = self.fc1.forward(x)
        h1 = self.activation_fn1.forward(z1)
        z2 = self.fc2.forward(h1)
        h2 = self.activation_fn2.forward(z2)
        return self.fc3.forward(h2)

    def backward(self, dy):
        dh2 = self.fc3.backward(dy)
        dz2 = self.activation_fn2.backward(dh2)
        dh1 = self.fc2.backward(dz2)
        dz1 = self.activation_fn1.backward(dh1)
        dx = self.fc1.backward(dz1)
        return dx
