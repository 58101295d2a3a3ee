# Correct: the student notices Part 1 is Part 2 transposed and writes SigmoidMLP.gradients by calling
# their own Part 2 function backward_step (defined further down the notebook; methods look names up
# when called). delta_lower^T = backward_step(delta^T, W^T, (a(1-a))^T) is exactly
# (W^T delta) * a(1-a) transposed. train_net computes the cost from y_layer[-1] instead of y_out.
# Not correct as placed (a round-13 helper wrote it as correct): test_gradients runs before the cell that defines
# backward_step, in grading as in Restart & Run All, so gradients raises NameError there; the message must say so.
# fails: test_gradients: backward_step is one of the notebook's names, not defined yet
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        """The network's output for inputs of shape (layer_widths[0], batch size)."""
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        """Gradients of the batch-averaged cross-entropy cost C; changes no parameter and no argument."""
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))          # the given Layer.__call__ computes sigma(W a + b)
        B = inputs.shape[1]
        delta_rows = (acts[-1] - targets).T       # (B, N^L): samples as rows, as in Part 2
        n = len(self.layers)
        gW, gb = [None] * n, [None] * n
        for m in range(n - 1, -1, -1):
            gW[m] = (acts[m] @ delta_rows).T / B            # (N^m, N^{m-1})
            gb[m] = delta_rows.mean(axis=0).reshape(-1, 1)  # (N^m, 1)
            if m > 0:
                a = acts[m]
                delta_rows = backward_step(delta_rows, self.layers[m].weights.T, (a * (1 - a)).T)
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        """One gradient-descent step on the batch (inputs, targets) with self.gradients; shapes as in gradients."""
        gW, gb = self.gradients(inputs, targets)
        for m, layer in enumerate(self.layers):
            layer.weights = layer.weights - learning_rate * gW[m]
            layer.biases = layer.biases - learning_rate * gb[m]
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    """One training step on a batch."""
    _, y_layer, df_layer = apply_net(y_in, weights, biases)
    residual = y_layer[-1] - y_target
    cost = float(np.sum(residual * residual)) / (2 * len(y_in))
    grads = backprop(y_target, y_layer, df_layer, weights)
    return (*gradient_step(weights, biases, grads[0], grads[1], eta), cost)
