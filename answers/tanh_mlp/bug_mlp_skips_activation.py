# MLP.backward goes from fc3 straight to fc2, skipping the second tanh's backward step. The check
# from the output down finds fc3 right and names the step between fc3 and fc2.
# fails: test_mlp_backward: the chain breaks at activation_fn2.backward
# fails: test_full_backprop: the chain breaks at activation_fn2.backward
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
        d = self.fc3.backward(dy)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
