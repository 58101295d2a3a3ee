# linear_backward also takes a gradient-descent step on W in place (W -= lr * dW), "to save the optimiser
# a loop". The rule that backward passes leave their inputs unchanged fails, with a message naming the
# step; the old tests blamed fc3.grad_W or "float32 arithmetic, a kink of ReLU". The MLP tests keep
# their points (they run the reference linear_backward when graded).
# fails: test_linear_dx: it moved W by -0.1 times its gradient: a gradient-descent step
# %% linear_backward
def linear_backward(dy, x, W, b):
    dW = np.outer(dy, x)
    db = dy.copy()
    dx = W.T @ dy
    W -= 0.1 * dW
    return dx, dW, db
