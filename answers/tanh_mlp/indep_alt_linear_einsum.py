# From an independent tester (round 106): linear_backward with einsum, `from numpy import *`, and db returned as dy itself (allowed).
# kind: alt
# score: full
# %% linear_backward
from numpy import *

def linear_backward(dy, x, W, b):
    assert W.shape == (dy.shape[0], x.shape[0]), "shape mismatch"
    assert b.shape == dy.shape
    dx = einsum('ij,i->j', W, dy)
    dW = einsum('i,j->ij', dy, x * 1.0)
    db = dy
    return dx, dW, db
