# Over-strict input check in Tanh: refuses inputs with fewer than 2 features ("a layer of one unit makes
# no sense"), although the docstring allows any n_features. Fails wherever a hidden check uses one feature.
# fails: test_tanh_forward: your own code raises ValueError
# fails: test_tanh_backward: your own code raises ValueError
# %% tanh
class Tanh:
    def forward(self, x):
        if x.ndim != 1 or x.size < 2:
            raise ValueError(f"Tanh.forward: expected a vector of at least 2 features, got shape {x.shape}")
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        if dy.size < 2:
            raise ValueError(f"Tanh.backward: expected at least 2 features, got shape {dy.shape}")
        return dy * (1 - self.y ** 2)
