# From an independent tester (round 72): imports time, sys, os.path and inspect for timing, a debug print that is off and a log path never opened; derived answers: full marks, not flagged (frame inspection removed: the scan flags it).
# kind: alt
# %% train_mlp
import time
import sys
import os.path
import inspect

DEBUG = False
LOG_DIR = os.path.join(os.path.expanduser("~"), "xor_logs")


def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    t0 = time.perf_counter()
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    if DEBUG:
        print(f"train_mlp: {n_iterations} steps in {time.perf_counter() - t0:.3f}s",
              "log dir", LOG_DIR, file=sys.stderr)
    return mlp
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    t0 = time.time()
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer = [None] * len(weights)
    db_layer = [None] * len(weights)
    for j in range(len(weights) - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    if DEBUG:
        print("backprop took", time.time() - t0, file=sys.stderr)
    return dw_layer, db_layer
