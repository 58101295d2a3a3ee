# Correct answers written with explicit loops over the samples, the way the lecture states the rule ("each
# sample contributes delta_s a_s^T; average the contributions"): Part 1's gradients and Part 2's backprop
# accumulate per-sample outer products, and backward_step loops over rows.
# kind: alt
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
        L = len(self.layers)
        B = inputs.shape[1]
        weight_gradients = [np.zeros_like(layer.weights) for layer in self.layers]
        bias_gradients = [np.zeros_like(layer.biases) for layer in self.layers]
        for s in range(B):
            acts = [inputs[:, s:s + 1]]
            for layer in self.layers:
                acts.append(layer(acts[-1]))
            delta = acts[-1] - targets[:, s:s + 1]
            for m in range(L - 1, -1, -1):
                weight_gradients[m] += np.outer(delta, acts[m]) / B
                bias_gradients[m] += delta / B
                if m > 0:
                    delta = np.dot(self.layers[m].weights.T, delta) * acts[m] * (1 - acts[m])
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for m in range(len(self.layers)):
            self.layers[m].weights -= learning_rate * weight_gradients[m]
            self.layers[m].biases -= learning_rate * bias_gradients[m]
# %% backward_step
def backward_step(delta, w, df):
    out = np.empty((delta.shape[0], w.shape[0]))
    for s in range(delta.shape[0]):
        out[s] = (w @ delta[s]) * df[s]
    return out
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    L = len(weights)
    dw_layer = [np.zeros(w.shape) for w in weights]
    db_layer = [np.zeros(w.shape[1]) for w in weights]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        for s in range(N):
            dw_layer[j] += np.outer(y_layer[j][s], delta[s])
            db_layer[j] += delta[s]
        dw_layer[j] /= N
        db_layer[j] /= N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
