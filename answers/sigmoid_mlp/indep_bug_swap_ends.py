# From an independent tester (round 110): gradients lists gradients from the top down, then swaps the first and last entries instead of reversing: right for 2 or 3 layers, wrong for 4+.
# kind: bug
# fails: test_gradients
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
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]
        delta = acts[-1] - targets
        gw, gb = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            gw.append(delta @ acts[m].T / B)
            gb.append(delta.mean(axis=1, keepdims=True))
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        # output layer came first: put it back at the end
        gw[0], gw[-1] = gw[-1], gw[0]
        gb[0], gb[-1] = gb[-1], gb[0]
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
