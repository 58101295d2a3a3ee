# Correct answers with other formulas: einsum for the weight gradients, the bias gradient as a product with a
# column of ones, sigma'(z) = exp(-|z|) / (1 + exp(-|z|))^2 (sigma' is even; exp(-|z|) never
# overflows) and the sigmoid through tanh, the output Delta
# recomputed from y_out (y (1 - y) equals df_layer[-1]), and np.matmul / np.transpose spelled out.
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
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        B = inputs.shape[1]
        ones = np.ones((B, 1))
        delta = acts[-1] - targets
        grads_w, grads_b = [None] * len(self.layers), [None] * len(self.layers)
        for m in reversed(range(len(self.layers))):
            grads_w[m] = np.einsum("is,js->ij", delta, acts[m]) / B
            grads_b[m] = delta @ ones / B
            delta = np.einsum("ji,js->is", self.layers[m].weights, delta) * acts[m] * (1 - acts[m])
        return grads_w, grads_b

    def train(self, inputs, targets, learning_rate):
        gw, gb = self.gradients(inputs, targets)
        for i, layer in enumerate(self.layers):
            layer.weights = layer.weights - gw[i] * learning_rate
            layer.biases = layer.biases - gb[i] * learning_rate
# %% net_f_df
def net_f_df(z):
    e = np.exp(-np.abs(z))  # sigma'(z) = sigma'(|z|)
    return 0.5 * (1 + np.tanh(z / 2)), e / (1 + e) ** 2
# %% backward_step
def backward_step(delta, w, df):
    return np.multiply(np.matmul(delta, np.transpose(w)), df)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    n = len(y_target)
    y_out = y_layer[-1]
    delta = (y_out - y_target) * y_out * (1 - y_out)
    dw_layer, db_layer = [], []
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.append(np.einsum("si,sj->ij", y_layer[j], delta) / n)
        db_layer.append(np.ones(n) @ delta / n)
        if j:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer[::-1], db_layer[::-1]
