# From an independent tester (round 72): imports time, os.path, sys and inspect for timing, a log file's path and debug prints behind DEBUG = False; derived answers: full marks, not flagged.
# kind: alt
# %% sigmoid_backward
import os.path
import sys
import time
import inspect

ONE = 1.0
DEBUG = False
LOG_FILE = os.path.join(os.path.expanduser("~"), "bias_backprop_debug.log")


def sigmoid_backward(da, z):
    t0 = time.perf_counter()
    s = sigmoid(z)
    out = da * (s * (ONE - s))
    if DEBUG:
        print("sigmoid_backward took", time.perf_counter() - t0, file=sys.stderr)
    return out
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    if DEBUG:
        print("activation:", getattr(activation, "__name__", repr(activation)), file=sys.stderr)
    z = W @ a_prev + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    if DEBUG:
        print(inspect.signature(dense_backward), dz.shape, a_prev.shape, file=sys.stderr)
    return (dz @ a_prev.T) * (ONE / B), dz.sum(axis=1, keepdims=True) * (ONE / B)
