# From an independent tester (round 74): linear_backward names its weight parameter `weights` but computes dx with the notebook global W (defined in the student's experiment cell), so dx uses the wrong matrix.
# kind: bug
# fails: test_linear_dx: linear_backward reads the notebook's W, bound in a cell you added
# fails: test_linear_dW
# fails: test_linear_db
# %% linear_backward
def linear_backward(dy, x, weights, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
# %% after linear_backward
W = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
x = np.array([1.0, -1.0]); b = np.zeros(3)
print(linear_backward(np.ones(3), x, W, b))
