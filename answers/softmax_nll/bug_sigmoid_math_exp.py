# Bug (name rebinding): the sigmoid cell does `from math import exp` and sigmoid uses exp, which only takes
# scalars: sigmoid fails on arrays (TypeError). sigmoid_der calls the student's sigmoid.
# fails: test_sigmoid: made for single numbers
# %% sigmoid
from math import exp

def sigmoid(z):
    return 1.0 / (1.0 + exp(-z))
