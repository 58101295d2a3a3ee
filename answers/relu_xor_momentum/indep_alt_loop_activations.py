# From an independent tester (round 106): Activations written element by element with math.exp and np.ndindex, choosing the overflow-safe branch by sign.
# kind: alt
# score: full
# %% activations
import math


def _apply(f, z):
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape, dtype=float)
    for idx in np.ndindex(z.shape):
        out[idx] = f(float(z[idx]))
    return out


def _sig1(t):
    if t >= 0:
        return 1.0 / (1.0 + math.exp(-t))
    e = math.exp(t)
    return e / (1.0 + e)


def sigmoid(z):
    return _apply(_sig1, z)


def relu(z):
    return _apply(lambda t: t if t > 0 else 0.0, z)


def sigmoid_prime(z):
    return _apply(lambda t: _sig1(t) * (1.0 - _sig1(t)), z)


def relu_prime(z):
    return _apply(lambda t: 1.0 if t > 0 else 0.0, z)
