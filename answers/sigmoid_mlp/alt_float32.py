# Correct answers computed in float32 (a student who casts to save memory): Part 1's gradients, net_f_df,
# backward_step and backprop return float32 arrays. The course accepts float32 arithmetic.
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
        f32 = np.float32
        acts = [inputs.astype(f32)]
        for layer in self.layers:
            z = layer.weights.astype(f32) @ acts[-1] + layer.biases.astype(f32)
            acts.append((1 / (1 + np.exp(-z))).astype(f32))
        B = f32(inputs.shape[1])
        delta = acts[-1] - targets.astype(f32)
        wg, bg = [], []
        for m in reversed(range(len(self.layers))):
            wg.insert(0, delta @ acts[m].T / B)
            bg.insert(0, delta.sum(axis=1, keepdims=True) / B)
            if m > 0:
                delta = (self.layers[m].weights.astype(f32).T @ delta) * acts[m] * (1 - acts[m])
        return wg, bg

    def train(self, inputs, targets, learning_rate):
        wg, bg = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, wg, bg):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
# %% net_f_df
def net_f_df(z):
    f = (1 / (1 + np.exp(-z.astype(np.float32)))).astype(np.float32)
    return f, f * (1 - f)
# %% backward_step
def backward_step(delta, w, df):
    return (delta.astype(np.float32) @ w.T.astype(np.float32)) * df.astype(np.float32)
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    f32 = np.float32
    N = f32(y_target.shape[0])
    L = len(weights)
    dw_layer, db_layer = [None] * L, [None] * L
    delta = (y_layer[-1].astype(f32) - y_target.astype(f32)) * df_layer[-1].astype(f32)
    for j in reversed(range(L)):
        dw_layer[j] = y_layer[j].astype(f32).T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1]).astype(f32)
    return dw_layer, db_layer
