# Correct ("float32 is accepted"): MLP.forward converts its input to float32 before the first layer; the
# layers (float64 weights) then continue in float64, so outputs and gradients are float64 numbers that
# carry the float32 rounding of x. Wiring is textbook; all gradients derived.
# kind: alt
# plain nbgrader: no kernel watch there sees the float32 arithmetic, so the float32 rounding of x (below the float32 level) reads as a finite-difference estimate
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        """Multilayer perceptron with two tanh hidden layers.

        Args:
          in_features (int): number of inputs.
          hidden_size1 (int): number of units in the first hidden layer.
          hidden_size2 (int): number of units in the second hidden layer.
          out_features (int): number of outputs.
        """
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
    def forward(self, x):
        """
        Args:
          x (array): input, shape (in_features,).

        Returns:
          y (array): output, shape (out_features,).
        """
        x = np.asarray(x, dtype=np.float32)   # float32 is accepted
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        """
        Args:
          dy (array): gradient of the loss with respect to the outputs, shape (out_features,).

        Returns:
          dx (array): gradient of the loss with respect to the inputs, shape (in_features,).
        """
        dy = self.fc3.backward(dy)
        dy = self.activation_fn2.backward(dy)
        dy = self.fc2.backward(dy)
        dy = self.activation_fn1.backward(dy)
        return self.fc1.backward(dy)
