# From an independent tester (round 74): net_f_df memoised on the bytes of z (returns copies); an experiment cell does `from numpy import *` and `import numpy as onp`; forward_step via np.matmul.
# kind: alt
# %% net_f_df
_cache = {}

def net_f_df(z):
    z = np.asarray(z)
    key = (z.dtype.str, z.shape, z.tobytes())
    if key not in _cache:
        with np.errstate(over="ignore"):
            f = 1.0 / (1.0 + np.exp(-z))
        _cache[key] = (f, f * (1.0 - f))
    f, df = _cache[key]
    return f.copy(), df.copy()
# %% after net_f_df
from numpy import *
import numpy as onp
print(net_f_df(onp.linspace(-3, 3, 7)))
print(len(_cache), max([1, 2, 3]), sum(array([1, 2])))
# %% forward
def forward_step(y, w, b):
    return net_f_df(np.matmul(y, w) + b)


def apply_net(y_in, weights, biases):
    y = y_in
    ys, dfs = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        ys += [y]
        dfs += [df]
    return y, ys, dfs
