# From an independent tester (round 92): Transcribed from the seeds' formulas (cost_partials of seed 1, Delta/dot/transpose of seed 3), corrected.
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
        layer_outputs = [inputs]
        for layer in self.layers:
            layer_outputs.append(layer(layer_outputs[-1]))
        cost_partials = [layer_outputs[-1] - targets]
        for layer, layer_output in zip(reversed(self.layers[1:]), reversed(layer_outputs[1:-1])):
            cost_partials.append(layer.weights.T.dot(cost_partials[-1]) * layer_output * (1 - layer_output))
        cost_partials.reverse()
        weight_gradients = []
        for cost_partial, layer_output in zip(cost_partials, layer_outputs[:-1]):
            weight_gradients.append(cost_partial.dot(layer_output.T) / inputs.shape[1])
        bias_gradients = [cost_partial.mean(axis=1).reshape(-1, 1) for cost_partial in cost_partials]
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for weight_gradient, bias_gradient, layer in zip(weight_gradients, bias_gradients, self.layers):
            layer.weights -= weight_gradient * learning_rate
            layer.biases -= bias_gradient * learning_rate
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    val = 1 / (1 + np.exp(-z))
    return val, val * (1 - val)
# %% forward
def forward_step(y, w, b):
    z = np.dot(y, w) + b
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer = [y]
    df_layer = []
    for j in range(len(weights)):
        y, df = forward_step(y, weights[j], biases[j])
        df_layer.append(df)
        y_layer.append(y)
    return y, y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return np.dot(delta, np.transpose(w)) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    num_layers = len(weights)
    batchsize = y_target.shape[0]
    dw_layer = [None] * num_layers
    db_layer = [None] * num_layers
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer[-1] = np.dot(np.transpose(y_layer[-2]), delta) / batchsize
    db_layer[-1] = delta.sum(0) / batchsize
    for j in range(num_layers - 1):
        delta = backward_step(delta, weights[-1 - j], df_layer[-2 - j])
        dw_layer[-2 - j] = np.dot(np.transpose(y_layer[-3 - j]), delta) / batchsize
        db_layer[-2 - j] = delta.sum(0) / batchsize
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for j in range(len(weights)):
        weights[j] -= eta * dw_layer[j]
        biases[j] -= eta * db_layer[j]
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out_result, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    batchsize = y_in.shape[0]
    cost = ((y_target - y_out_result) ** 2).sum() / (2 * batchsize)
    return weights, biases, cost
