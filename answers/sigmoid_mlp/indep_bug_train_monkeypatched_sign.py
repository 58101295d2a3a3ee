# From an independent tester (round 75): The class is right in its cell, but a later cell monkeypatches SigmoidMLP.train with a version that adds the gradient (ascent); the patched class is the one test_train sees.
# kind: bug
# fails: test_train: SigmoidMLP is changed in a cell you added after sigmoid_mlp
# %% after sigmoid_mlp
def _train_v2(self, inputs, targets, learning_rate):
    gw, gb = self.gradients(inputs, targets)
    for layer, dw, db in zip(self.layers, gw, gb):
        layer.weights = layer.weights + learning_rate * dw
        layer.biases = layer.biases + learning_rate * db

SigmoidMLP.train = _train_v2
