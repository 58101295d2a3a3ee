# `from numpy import *` inside the answer cells (as the notebook mentions), bare exp/dot/mean/sum, and
# pairs returned as lists. update_layer computes its gradients itself instead of calling dense_backward.
# kind: alt
# %% sigmoid_backward
from numpy import *

def sigmoid_backward(da, z):
    s = 1 / (1 + exp(-z))
    return multiply(da, s - s ** 2)
# %% dense_forward
from numpy import *

def dense_forward(W, b, a_prev, activation):
    z = dot(W, a_prev) + b
    return [z, activation(z)]
# %% dense_backward
from numpy import *

def dense_backward(dz, a_prev):
    dW = dot(dz, transpose(a_prev)) / shape(dz)[1]
    db = mean(dz, axis=1).reshape(shape(dz)[0], 1)
    return [dW, db]
# %% update_layer
from numpy import *

def update_layer(W, b, dz, a_prev, learning_rate):
    n = shape(a_prev)[1]
    W_new = W - learning_rate * dot(dz, a_prev.T) / n
    b_new = b - learning_rate * sum(dz, axis=1, keepdims=True) / n
    return [W_new, b_new]
# %% sigmoid_layer_backward
from numpy import *

def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    return list(dense_backward(dz, a_prev))
