# From an independent tester (round 116): sigmoid vectorised over math.exp, which raises OverflowError for z below about -709 (the prose promises |z| up to 1000).
# kind: bug
# fails: test_sigmoid: raised OverflowError
# self-check: test_sigmoid_der: called first: sigmoid_der may use it
# %% sigmoid
import math
def sigmoid(z):
    return np.vectorize(lambda t: 1.0 / (1.0 + math.exp(-t)), otypes=[float])(z)
