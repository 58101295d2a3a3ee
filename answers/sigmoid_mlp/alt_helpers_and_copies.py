# Correct answers with helper functions and methods of the student's own (a sigmoid helper, a _forward method,
# an attribute set in __init__, a helper named like a test's), and in-place arithmetic on copies only
# (train updates the layers in place, which is its job; gradient_step copies before subtracting in place).
# kind: alt
# %% sigmoid_mlp
def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def check_gradients(*args, **kwargs):  # a helper of the student's with a test's name
    return True


class SigmoidMLP:
    def __init__(self, layer_widths):
        self.widths = list(layer_widths)
        self.layers = [Layer(i, o) for i, o in zip(layer_widths[:-1], layer_widths[1:])]

    def __call__(self, inputs):
        return self._forward(inputs)[-1]

    def _forward(self, inputs):
        acts = [inputs]
        for layer in self.layers:
            acts.append(sigmoid(layer.weights @ acts[-1] + layer.biases))
        return acts

    def gradients(self, inputs, targets):
        acts = self._forward(inputs)
        n = len(self.widths) - 1
        delta = acts[-1] - targets
        dW, db = [None] * n, [None] * n
        for m in range(n - 1, -1, -1):
            dW[m] = delta @ acts[m].T / inputs.shape[1]
            db[m] = np.mean(delta, axis=1).reshape(-1, 1)
            if m > 0:
                delta = self.layers[m].weights.T @ delta
                delta *= acts[m] * (1 - acts[m])  # in place on a new array: allowed
        return dW, db

    def train(self, inputs, targets, learning_rate):
        dW, db = self.gradients(inputs, targets)
        for m, layer in enumerate(self.layers):
            layer.weights -= learning_rate * dW[m]
            layer.biases -= learning_rate * db[m]
# %% backward_step
def backward_step(delta, w, df):
    out = delta @ w.T
    out *= df  # out is a new array: the arguments stay unchanged
    return out
# %% gradient_step
def _step(params, grads, eta):
    new = [p.copy() for p in params]
    for p, g in zip(new, grads):
        p -= eta * g
    return new


def gradient_step(weights, biases, dw_layer, db_layer, eta):
    return _step(weights, dw_layer, eta), _step(biases, db_layer, eta)
