# From an independent tester (round 71): partial: MLP right, Tanh.backward wrong (1 - x**2 at the input), MSELoss and linear_backward as released: the MLP tests keep full marks.
# kind: other
# base: blank
# fails: test_mse_loss
# fails: test_tanh_backward
# fails: test_linear_dx
# fails: test_linear_dW
# fails: test_linear_db
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        return dy * (1 - self.x ** 2)
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        x = self.fc1.forward(x)
        x = self.activation_fn1.forward(x)
        x = self.fc2.forward(x)
        x = self.activation_fn2.forward(x)
        return self.fc3.forward(x)

    def backward(self, dy):
        dy = self.fc3.backward(dy)
        dy = self.activation_fn2.backward(dy)
        dy = self.fc2.backward(dy)
        dy = self.activation_fn1.backward(dy)
        return self.fc1.backward(dy)
