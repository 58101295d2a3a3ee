# From an independent tester (round 106): relu written as z * (z > 0) after `from numpy import *`, and returned as a fresh array.
# kind: alt
# score: full
# %% relu
from numpy import *
def relu(z):
    z = asarray(z)
    return z * (z > 0)
