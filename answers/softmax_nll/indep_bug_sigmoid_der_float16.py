# From an independent tester (round 94): Bug: sigmoid_der computes in float16 (about 3 significant digits), accurate only to ~1e-3.
# kind: bug
# fails: test_sigmoid_der
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(np.asarray(z, dtype=np.float16))
    return (s * (1 - s)).astype(float)
