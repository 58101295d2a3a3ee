# From an independent tester (round 8): linear_backward returning a namedtuple lost every linear test.
# linear_backward returns a namedtuple (a tuple subclass) Grads(dx, dW, db).
# kind: alt
# %% linear_backward
from collections import namedtuple
Grads = namedtuple('Grads', ['dx', 'dW', 'db'])

def linear_backward(dy, x, W, b):
    return Grads(dx=W.T.dot(dy), dW=np.outer(dy, x), db=np.copy(dy))
