# TWO BUGS in two functions of Part 1: train climbs the gradient (+= learning_rate * gradient) and train_mlp
# takes one step too many (range(n_iterations + 1)). test_train and test_train_mlp_iterations should fail;
# test_train_mlp_iterations grades train_mlp with the instructor's class so must name the step count, not the sign.
# test_xor keeps its marks: train_mlp() does what train_mlp(1000, 3.0) does, so the defaults are right, and the
# step count, wrong whatever n_iterations is, is test_train_mlp_iterations' to grade (round 50).
# fails: test_train: uphill
# fails: test_train_mlp_iterations: took 1 gradient step instead of 0
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
        gW = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gW[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gW, gb):
            layer.weights = layer.weights + learning_rate * dw
            layer.biases = layer.biases + learning_rate * db
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for i in range(n_iterations + 1):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
