# Correct answers with star imports at the top of answer cells: `from math import *` in the class's cell
# (its code uses np.), `from numpy import *` in later cells, whose code then uses bare exp, dot, sum, zeros
# (numpy's, since numpy's import comes last). They rebind all, any, sum, max, min, round, abs in the notebook;
# the tests do not depend on them.
# kind: alt
# %% sigmoid_mlp
from math import *


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
        activations = [inputs]
        for layer in self.layers:
            activations.append(layer(activations[-1]))
        delta = activations[-1] - targets
        weight_gradients, bias_gradients = [], []
        for m in reversed(range(len(self.layers))):
            weight_gradients.insert(0, np.dot(delta, activations[m].T) / inputs.shape[1])
            bias_gradients.insert(0, np.mean(delta, axis=1, keepdims=True))
            a = activations[m]
            delta = np.dot(self.layers[m].weights.T, delta) * a * (1 - a)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, weight_gradients, bias_gradients):
            layer.weights -= learning_rate * dW
            layer.biases -= learning_rate * db
# %% net_f_df
from numpy import *


def net_f_df(z):
    f = 1 / (1 + exp(-z))
    return f, f * (1 - f)
# %% backward_step
from numpy import *


def backward_step(delta, w, df):
    return dot(delta, transpose(w)) * df
# %% backprop
from numpy import *


def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    dw_layer = [zeros(w.shape) for w in weights]
    db_layer = [zeros(w.shape[1]) for w in weights]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(len(weights) - 1, -1, -1):
        dw_layer[j] = dot(transpose(y_layer[j]), delta) / N
        db_layer[j] = sum(delta, axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
