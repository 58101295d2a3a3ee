# From an independent tester (round 5): SigmoidMLP.gradients by central differences in float64, perturbing its
# own layers in place, re-running the network and restoring them. The course forbids estimated gradients; a
# rule that took a small array's estimate error (above 2e-9) for float32 rounding once let it through.
# fails: test_gradients: estimated numerically
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
        def cost():
            a = self(inputs)
            return -np.mean(np.sum(targets * np.log(a) + (1 - targets) * np.log(1 - a), axis=0))
        wg, bg = [], []
        for layer in self.layers:
            for P, out in ((layer.weights, wg), (layer.biases, bg)):
                g = np.zeros(P.shape)
                for idx in np.ndindex(P.shape):
                    o = P[idx]
                    P[idx] = o + 1e-6; cp = cost()
                    P[idx] = o - 1e-6; cm = cost()
                    P[idx] = o
                    g[idx] = (cp - cm) / 2e-6
                out.append(g)
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * gw
            layer.biases = layer.biases - learning_rate * gb
