# From an independent tester (round 72): relu is a nested list comprehension over the rows of z: 2-D arrays only (passes the visible checks).
# kind: bug
# fails: test_relu: works element-wise on an array of any shape
# %% relu
def relu(z):
    return np.array([[v if v > 0 else 0.0 for v in row] for row in z])
