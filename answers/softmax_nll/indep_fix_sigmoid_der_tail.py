# From an independent tester (round 106): bug_sigmoid_der_tail after its message: the derived formula s*(1-s) used for every z, no tail branch.
# kind: other
# score: full
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(np.asarray(z, dtype=float))
    return s * (1 - s)
