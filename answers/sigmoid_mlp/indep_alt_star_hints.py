# From an independent tester (round 106): Part 2 with `from numpy import *`, type hints, keyword arguments with defaults, einsum and tuples returned.
# kind: alt
# score: full
# %% net_f_df
from numpy import *
from typing import Sequence


def net_f_df(z: ndarray, *, copy_input: bool = True) -> tuple:
    z = array(z, dtype=float, copy=True) if copy_input else asarray(z, dtype=float)
    f = 1.0 / (1.0 + exp(-z))
    return (f, f - f * f)
# %% forward
def forward_step(y: ndarray, w: ndarray, b: ndarray) -> tuple:
    return net_f_df(z=einsum('ni,ij->nj', y, w) + b[newaxis, :])


def apply_net(y_in: ndarray, weights: Sequence, biases: Sequence) -> tuple:
    y_layer: list = [y_in]
    df_layer: list = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y=y_layer[-1], w=w, b=b)
        y_layer.append(y)
        df_layer.append(df)
    return (y_layer[-1], tuple(y_layer), tuple(df_layer))
# %% backward_step
def backward_step(delta: ndarray, w: ndarray, df: ndarray) -> ndarray:
    return einsum('nu,lu->nl', delta, w) * df
# %% backprop
def backprop(y_target: ndarray, y_layer: Sequence, df_layer: Sequence, weights: Sequence) -> tuple:
    n = shape(y_target)[0]
    delta = multiply(subtract(y_layer[-1], y_target), df_layer[-1])
    dws, dbs = [], []
    for j in reversed(range(len(weights))):
        dws.append(einsum('ni,nj->ij', y_layer[j], delta) / n)
        dbs.append(mean(delta, axis=0))
        if j:
            delta = backward_step(delta=delta, w=weights[j], df=df_layer[j - 1])
    return tuple(dws[::-1]), tuple(dbs[::-1])
