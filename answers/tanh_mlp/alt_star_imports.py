# Correct answers with `from math import *` and `from numpy import *` at the top of answer cells (they
# rebind sum, max, abs, tanh, ... in the notebook): the tests never use the notebook's names, full marks.
# kind: alt
# %% mse_loss
from math import *

class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        return 2 * self.diff / len(self.diff)
# %% tanh
from numpy import *

class Tanh:
    def forward(self, x):
        self.y = tanh(x)
        return self.y

    def backward(self, dy):
        return multiply(dy, 1 - square(self.y))
# %% linear_backward
from numpy import *

def linear_backward(dy, x, W, b):
    return dot(W.T, dy), outer(dy, x), array(dy)
