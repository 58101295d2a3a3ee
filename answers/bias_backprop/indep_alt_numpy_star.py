# From an independent tester (round 106): from numpy import * in an experiment cell after the imports, then bare exp, abs, sum, mean, ones, where.
# kind: alt
# score: full
# %% after imports
from numpy import *
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = where(z >= 0, 1 / (1 + exp(-abs(z))), exp(-abs(z)) / (1 + exp(-abs(z))))
    return da * s * (1 - s)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = dot(W, a_prev) + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    return dot(dz, transpose(a_prev)) / shape(dz)[1], mean(dz, axis=1, keepdims=True)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return subtract(W, learning_rate * dW), subtract(b, learning_rate * reshape(db, shape(b)))
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = exp(-abs(z))
    dz = da * e / (1 + e) ** 2
    return dense_backward(dz, a_prev)
