# From an independent tester (round 8): a namedtuple (a tuple) was refused as 'a KernelObject'; tuple subclasses now cross as tuples.
# dense_backward returns a collections.namedtuple (a tuple subclass) with the pair (dW, db); nothing else unusual.
# kind: alt
# %% dense_backward
from collections import namedtuple
Grads = namedtuple("Grads", ["dW", "db"])

def dense_backward(dz, a_prev):
    B = dz.shape[1]
    return Grads(dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B)
