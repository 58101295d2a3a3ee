# From an independent tester (round 75): dense_forward: a first draft that forgets the bias, then the corrected version in the next cell (before the test), as a student does after a failing check.
# kind: alt
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev          # draft: bias forgotten
    return z, activation(z)
# %% after dense_forward
# fixed after the visible check failed
def dense_forward(W, b, a_prev, activation):
    z = np.dot(W, a_prev) + b
    a = activation(z)
    return z, a

print(dense_forward(np.eye(2), np.ones((2, 1)), np.array([[0, 1], [1, 0]]), sigmoid)[0])
