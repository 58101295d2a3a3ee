# Correct, with `from numpy import *` and `from math import *` at the top of answer cells (they rebind sum,
# max, abs, exp, ...): the tests run outside the notebook and are not affected.
# kind: alt
# %% sigmoid_backward
from numpy import *
from math import *

def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * s * (1 - s)
# %% dense_forward
from numpy import *

def dense_forward(W, b, a_prev, activation):
    z = dot(W, a_prev) + b
    return z, activation(z)
# %% dense_backward
from math import *
import numpy as np

def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    return np.dot(dz, a_prev.T) / B, np.sum(dz, axis=1, keepdims=True) / B
