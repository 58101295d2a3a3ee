# From an independent tester (round 8): a typing.NamedTuple result was refused.
# update_layer returns a typing.NamedTuple (a tuple subclass) holding (W_new, b_new).
# kind: alt
# %% update_layer
from typing import NamedTuple

class Params(NamedTuple):
    W: np.ndarray
    b: np.ndarray

def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return Params(W - learning_rate * dW, b - learning_rate * db)
