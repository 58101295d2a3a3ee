# BUG by the notebook's rule on extra arguments: the student's train has an extra keyword momentum=0.0
# (with a velocity kept in the layers), and train_mlp calls mlp.train(..., momentum=0.0). With the student's
# own class everything runs; graded, train_mlp gets the instructor's SigmoidMLP whose train takes no
# `momentum` -> TypeError. Expect: both train_mlp tests fail; the message should say the instructor's train
# takes no `momentum` argument (the rule stated in the notebook). test_train itself should pass.
# Round 33: the message was a generic TypeError; it now names the instructor's method and the argument.
# fails: test_train_mlp_iterations: the instructor's SigmoidMLP.train, given in place of yours, says: got an unexpected keyword argument 'momentum'
# fails: test_xor: momentum
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
        gw, gb = [None] * len(self.layers), [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gw[m] = delta @ acts[m].T / B
            gb[m] = delta.mean(axis=1, keepdims=True)
            if m:
                delta = self.layers[m].weights.T @ delta * acts[m] * (1 - acts[m])
        return gw, gb

    def train(self, inputs, targets, learning_rate, momentum=0.0):
        gw, gb = self.gradients(inputs, targets)
        for layer, dw, db in zip(self.layers, gw, gb):
            vw = getattr(layer, "vw", np.zeros_like(dw))
            vb = getattr(layer, "vb", np.zeros_like(db))
            layer.vw = momentum * vw - learning_rate * dw
            layer.vb = momentum * vb - learning_rate * db
            layer.weights = layer.weights + layer.vw
            layer.biases = layer.biases + layer.vb
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate, momentum=0.0)
    return mlp
