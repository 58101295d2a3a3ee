# From an independent tester (round 80): linear_backward cell starts with "from scipy.linalg import blas" (scipy is not installed where graded): the cell fails and linear_backward is never defined; the math is right.
# kind: bug
# Was told the cell stopped with ModuleNotFoundError, not that the module is missing where it is graded.
# fails: test_linear_dx: a module it imports is not installed where notebooks are graded
# fails: test_linear_dW
# fails: test_linear_db
# %% linear_backward
from scipy.linalg import blas

def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
