# From an independent tester (round 81): Correct: update_layer keeps parameters on a SimpleNamespace and updates them with a setattr/getattr loop.
# Was flagged "imports types.SimpleNamespace (code objects)".
# kind: alt
# %% update_layer
from types import SimpleNamespace

def update_layer(W, b, dz, a_prev, learning_rate):
    layer = SimpleNamespace(weights=W.copy(), biases=b.copy())
    gw, gb = dense_backward(dz, a_prev)
    for name, g in (("weights", gw), ("biases", gb)):
        setattr(layer, name, getattr(layer, name) - learning_rate * g)
    return layer.weights, layer.biases
