# From an independent tester (round 85): sigmoid clips z to [-30, 30] "to avoid overflow": wrong (relative error ~100%) for z < -30, saturated for z > 30.
# kind: bug
# fails: test_sigmoid
# %% sigmoid
def sigmoid(z):
    z = np.clip(z, -30.0, 30.0)
    return 1.0 / (1.0 + np.exp(-z))
