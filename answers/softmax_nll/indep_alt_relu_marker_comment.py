# From an independent tester (round 80): Correct relu; the student left a comment line mentioning '### BEGIN HIDDEN TESTS' (copied from a forum post).
# The cell was not run (hidden-test markers in a cell that is not a test cell): relu undefined, 13 points lost.
# Only a locked cell, whose source nbgrader put back from the master, can hold hidden tests now.
# kind: alt
# %% relu
def relu(z):
    # ### BEGIN HIDDEN TESTS   <- someone said these markers hide tests; nothing to do with my code
    return np.maximum(z, 0.0)
