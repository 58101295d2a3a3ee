# From an independent tester (round 63): told 'did the cell that defines it run without errors?', not the misspelled name.
# Function name misspelled: defines linear_backwards (with an s), so linear_backward is never defined; the code itself is right.
# kind: bug
# fails: test_linear_dx: defines 'linear_backwards': a misspelling?
# fails: test_linear_dW: defines 'linear_backwards': a misspelling?
# fails: test_linear_db: defines 'linear_backwards': a misspelling?
# %% linear_backward
def linear_backwards(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
