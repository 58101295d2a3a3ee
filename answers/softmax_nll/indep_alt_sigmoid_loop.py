# From an independent tester (round 106): Sigmoid and its derivative written with explicit Python loops and math.exp, branching on the sign for stability.
# kind: alt
# score: full
# %% sigmoid
import math

def _sig1(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)

def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    for idx in np.ndindex(z.shape):
        out[idx] = _sig1(float(z[idx]))
    return out
# %% sigmoid_der
import math

def _sig_one(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)

def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    for idx in np.ndindex(z.shape):
        v = float(z[idx])
        out[idx] = _sig_one(v) * _sig_one(-v)
    return out
