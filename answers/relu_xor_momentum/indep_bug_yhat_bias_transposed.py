# From an independent tester (round 16): the message was the generic ValueError hint ('a missing transpose?').
# Bug: yhat adds the hidden bias as a column, X @ W + b.T (the column-per-example habit). With b.T of shape (3, 1)
# this broadcasts only when n == 3 (the visible example!), then gives an (3, 3) z where b_j is added by ROW,
# i.e. example i gets b_i on every unit; for any other n it raises a broadcasting error. Only test_yhat grades
# yhat: grad_f, training and decision_grid get the instructor's yhat, so they should not lose points.
# fails: test_yhat: adds the hidden bias as a column
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    z = X @ W + b.T
    a = relu(z)
    return sigmoid(a @ v + c)
