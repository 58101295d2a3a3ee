# dx multiplied by the input x as well (confusing it with dW): dx = x * (W.T @ dy). Round 5 of the independent
# answers: the message said only "wrong in all 2 entries".
# fails: test_linear_dx: multiplied by the input x
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = x * (W.T @ dy)
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
