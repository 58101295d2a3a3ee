# From an independent tester (round 122): SigmoidMLP.gradients by Richardson-extrapolated central differences of the cost, each parameter nudged with
# np.add.at on a copy (no subscript assignment), differences taken with np.subtract / np.divide.
# kind: bug
# fails: test_gradients: estimated
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

    def _cost(self, params, inputs, targets):
        a = inputs
        for W, b in params:
            zz = np.add(np.matmul(W, a), b)
            a = np.divide(1.0, np.add(1.0, np.exp(np.negative(zz))))
        t = targets
        c = np.negative(np.add(np.multiply(t, np.log(a)), np.multiply(np.subtract(1.0, t), np.log(np.subtract(1.0, a)))))
        return np.divide(np.sum(c), inputs.shape[1])

    def gradients(self, inputs, targets):
        base = [(l.weights.copy(), l.biases.copy()) for l in self.layers]
        r = float(np.ldexp(1.0, -6))
        out_w, out_b = [], []
        for m in range(len(base)):
            for which, out in ((0, out_w), (1, out_b)):
                arr = base[m][which]
                g = np.zeros(arr.shape)
                for k in range(arr.size):
                    def d(q):
                        vals = []
                        for sgn in (q, np.negative(q)):
                            p = [list(pair) for pair in base]
                            c = arr.copy()
                            np.add.at(c.reshape(-1), k, sgn)
                            p[m][which] = c
                            vals.append(self._cost(p, inputs, targets))
                        return np.divide(np.subtract(vals[0], vals[1]), np.add(q, q))
                    d1, d2, d3 = d(r), d(np.divide(r, 2.0)), d(np.divide(r, 4.0))
                    e1 = np.divide(np.subtract(np.multiply(4.0, d2), d1), 3.0)
                    e2 = np.divide(np.subtract(np.multiply(4.0, d3), d2), 3.0)
                    np.add.at(g.reshape(-1), k, np.divide(np.subtract(np.multiply(16.0, e2), e1), 15.0))
                out.append(g)
        return out_w, out_b

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
