# Correct answers that return lists wherever a task says "the pair" or "the triple" (gradients, net_f_df,
# forward_step, apply_net, backprop, gradient_step, train_net), and per-layer tuples in places: the notebook
# accepts a tuple or a list of the right length.
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
        delta = acts[-1] - targets
        wg, bg = [], []
        for m in range(len(self.layers) - 1, -1, -1):
            wg.append(delta @ acts[m].T / inputs.shape[1])
            bg.append(delta.mean(axis=1, keepdims=True))
            if m:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return [tuple(wg[::-1]), tuple(bg[::-1])]

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, wg, bg):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
# %% net_f_df
def net_f_df(z):
    f = 1 / (1 + np.exp(-z))
    return [f, f * (1 - f)]
# %% forward
def forward_step(y, w, b):
    f, df = net_f_df(np.dot(y, w) + b)
    return [f, df]


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return [y_layer[-1], y_layer, df_layer]
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    n = y_target.shape[0]
    dw_layer, db_layer = [], []
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.insert(0, y_layer[j].T @ delta / n)
        db_layer.insert(0, delta.mean(axis=0))
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return [dw_layer, db_layer]
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    return [[w - eta * dw for w, dw in zip(weights, dw_layer)], [b - eta * db for b, db in zip(biases, db_layer)]]
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return [weights, biases, 0.5 * np.mean(np.sum((y_out - y_target) ** 2, axis=1))]
