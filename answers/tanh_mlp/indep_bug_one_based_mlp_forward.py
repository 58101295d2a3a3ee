# From an independent tester (round 84): 1-based habit: MLP.forward loops for k in range(1, len(layers)) over a 0-based list, so fc1 is skipped in forward (backward is correct).
# kind: bug
# Was told only "ValueError ... often shapes that do not match ... or a cache".
# fails: test_mlp_forward: never fc1.forward before it
# fails: test_mlp_backward
# fails: test_full_backprop
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.layers = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]

    def forward(self, x):
        for k in range(1, len(self.layers)):
            x = self.layers[k].forward(x)
        return x

    def backward(self, dy):
        for layer in reversed(self.layers):
            dy = layer.backward(dy)
        return dy
