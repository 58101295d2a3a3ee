# Star imports at the top of answer cells (math's in the first, numpy's later) and code that uses the
# unqualified names they bring (exp, log, maximum, sum, max): the tests must not be affected.
# kind: alt
# %% sigmoid
from math import *

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
# %% softmax
from numpy import *

def softmax(z):
    e = exp(z - max(z, axis=0, keepdims=True))
    return e / sum(e, axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    return -sum(y * log(a))
# %% relu
def relu(z):
    return maximum(z, 0)
