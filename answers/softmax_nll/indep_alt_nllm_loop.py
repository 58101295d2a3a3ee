# From an independent tester (round 106): nllm with loops over samples and classes, math.log, and lists; 1-D inputs reshaped to a column first.
# kind: alt
# score: full
# %% nllm
import math
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y)
    if a.ndim == 1:
        a = a.reshape(-1, 1)
        y = y.reshape(-1, 1)
    losses = []
    for t in range(a.shape[1]):
        s = 0.0
        for j in range(a.shape[0]):
            if y[j, t] != 0:
                s -= float(y[j, t]) * math.log(a[j, t])
        losses.append(s)
    return float(sum(losses))
