# From an independent tester (round 73): forward returns a NamedTuple and backward reads its fields (.a2, .z1): when graded, backward gets the instructor's forward, whose plain tuple has no such fields, and loses test_backward (the course rule: each test grades its task's functions with reference code for the rest). The message must say why.
# kind: other
# fails: test_backward: Unpack or index the result
# %% relu
def _relu_scalar(t):
    return t if t > 0 else 0 * t


relu = np.vectorize(_relu_scalar)
# %% nllm
import math


def nllm(a, y):
    a = np.asarray(a, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    return -math.fsum(yi * math.log(ai) for ai, yi in zip(a, y) if yi != 0)
# %% forward
from typing import NamedTuple


class ForwardResult(NamedTuple):
    z1: np.ndarray
    a1: np.ndarray
    z2: np.ndarray
    a2: np.ndarray


def forward(x, W1, b1, W2, b2) -> ForwardResult:
    z1 = W1.T.dot(x) + b1
    a1 = relu(z1)
    z2 = W2.T.dot(a1) + b2
    return ForwardResult(z1, a1, z2, softmax(z2))
# %% backward
class Grads(NamedTuple):
    dW1: np.ndarray
    db1: np.ndarray
    dW2: np.ndarray
    db2: np.ndarray


def backward(x, y, W1, b1, W2, b2) -> Grads:
    fw = forward(x, W1, b1, W2, b2)
    dz2 = fw.a2 - y
    dz1 = W2.dot(dz2) * np.greater(fw.z1, 0)
    return Grads(x.dot(dz1.T), dz1.sum(1, keepdims=True), fw.a1.dot(dz2.T), dz2.sum(1, keepdims=True))
# %% network_update_worked
_g = backward(x_net, y_net, W1, b1, W2, b2)
W2_new, W1_new = W2 - 0.5 * _g.dW2, W1 - 0.5 * _g.dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2).a2
print("output after the step:", np.ravel(net_out_new))
