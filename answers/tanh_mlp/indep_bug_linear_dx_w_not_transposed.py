# From an independent tester (round 83): linear_backward computes dx as W @ dy (W not transposed); wrong for any non-square layer.
# kind: bug
# It raises on a non-square layer: was told only "ValueError ... often shapes that do not match".
# fails: test_linear_dx: dx uses W where its transpose belongs
# fails: test_linear_dW: on a square layer, where the shapes let it run
# fails: test_linear_db
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.dot(W, dy)
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
