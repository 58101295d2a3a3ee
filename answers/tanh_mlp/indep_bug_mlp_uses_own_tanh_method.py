# From an independent tester (round 16): the message did not name the missing local_grad of the instructor's Tanh.
# The student's Tanh has an extra method local_grad(), and MLP.backward multiplies by it instead of calling
# the Tanh blocks' backward. It is right with the student's own Tanh (the visible checks pass), but the notebook
# says the MLP is graded with the instructor's Tanh, which has no local_grad: the task says to run each block's
# backward. Expected to fail both MLP backward tests; the question is whether the message explains why.
# fails: test_mlp_backward: has no attribute
# fails: test_full_backprop: has no attribute
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def local_grad(self):
        return 1 - self.y ** 2

    def backward(self, dy):
        return dy * self.local_grad()
# %% mlp
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
        d = self.fc3.backward(dy) * self.activation_fn2.local_grad()
        d = self.fc2.backward(d) * self.activation_fn1.local_grad()
        return self.fc1.backward(d)
