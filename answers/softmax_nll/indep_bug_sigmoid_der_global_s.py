# From an independent tester (round 75): sigmoid_der returns s * (1 - s) with s the global computed in the student's experiment cell (s = sigmoid(z) on a (4, 1) demo array), not sigma of its argument: same shape as the visible check, so nothing crashes; only sigmoid_der's test.
# kind: bug
# fails: test_sigmoid_der
# %% after sigmoid
z = np.linspace(-2.0, 2.0, 4).reshape(4, 1)
s = sigmoid(z)
print(s.ravel())
# %% sigmoid_der
def sigmoid_der(z):
    return s * (1 - s)
