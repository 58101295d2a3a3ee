# The student's Tanh.forward takes an extra keyword (store=True) and MLP.forward calls it with that keyword.
# Fine in the student's kernel, but when graded MLP runs with the instructor's Tanh, which takes only x
# (the notebook states this rule). Expect test_mlp_forward (and the two backward tests, which build on
# forward) to fail with a message saying the instructor's Tanh does not accept `store`.
# Round 33: the message was a generic TypeError; it now names the instructor's method and the argument.
# fails: test_mlp_forward: the instructor's Tanh.forward, given in place of yours, says: got an unexpected keyword argument 'store'
# fails: test_mlp_backward
# fails: test_full_backprop
# %% tanh
class Tanh:
    def forward(self, x, store=True):
        y = np.tanh(x)
        if store:
            self.y = y
        return y

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
        h = self.activation_fn1.forward(self.fc1.forward(x), store=True)
        h = self.activation_fn2.forward(self.fc2.forward(h), store=True)
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
