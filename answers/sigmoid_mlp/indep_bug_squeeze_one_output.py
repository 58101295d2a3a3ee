# gradients squeezes the weight gradient (np.squeeze(delta @ a.T) / B): shape is lost for a layer with a single
# output unit (or a single input), e.g. the XOR network's output layer. The visible [3, 4, 2] check cannot see it.
# fails: test_gradients: wrong shape
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        acts = [inputs]
        for l in self.layers:
            acts.append(l(acts[-1]))
        B = inputs.shape[1]
        d = acts[-1] - targets
        gw, gb = [], []
        for m in reversed(range(len(self.layers))):
            gw.insert(0, np.squeeze(d @ acts[m].T) / B)
            gb.insert(0, d.mean(axis=1, keepdims=True))
            if m:
                d = (self.layers[m].weights.T @ d) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for l, w, b in zip(self.layers, gw, gb):
            l.weights -= learning_rate * w
            l.biases -= learning_rate * b
