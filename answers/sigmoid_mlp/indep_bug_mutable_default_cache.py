# Part 1: the student keeps the activations in a mutable default argument (acts=[]), so the list is shared
# between calls: the second call to gradients indexes the activations of the first call (state shared
# between calls). The first call is right, every later one is wrong.
# Known gap in the message: the second call indexes the first call's activations, so it fails on a matrix
# product and the message suggests a transpose, not state kept between calls (the points are lost all the same).
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

    def gradients(self, inputs, targets, acts=[]):
        acts.append(inputs)
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]
        delta = acts[-1] - targets
        L = len(self.layers)
        gw = [None] * L
        gb = [None] * L
        for m in range(L - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = np.mean(delta, axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            layer.weights = layer.weights - learning_rate * dw
            layer.biases = layer.biases - learning_rate * db
