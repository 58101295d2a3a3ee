# MLP.forward applies tanh to the output too ("every layer has an activation"); backward is right. The
# forward test names the bug; the two backward tests build on forward (as the task says) and say
# "fix MLP.forward first", naming what forward does wrong (round 59).
# fails: test_mlp_forward: a tanh is applied to the output
# fails: test_mlp_backward: (a tanh is applied to the output: the network ends with the linear layer fc3) here: fix MLP.forward first
# fails: test_full_backprop: (a tanh is applied to the output: the network ends with the linear layer fc3) here: fix MLP.forward first
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
        return np.tanh(self.fc3.forward(h))

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
