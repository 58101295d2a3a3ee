# linear_backward gets all three gradients from the notebook's numerical_gradient (with the reshaping
# trick for W). A linear function's central differences are exact up to round-off; when graded, the
# notebook's numerical_gradient is a stand-in whose estimate is off by one part in a million, so the
# gradients built from it are recognised. The three linear tests lose their points, nothing else does.
# fails: test_linear_dx: estimated numerically
# fails: test_linear_dW: estimated numerically
# fails: test_linear_db: estimated numerically
# %% linear_backward
def linear_backward(dy, x, W, b):
    n_out, n_in = W.shape
    Jx = numerical_gradient(lambda v: linear_forward(v, W, b), x)
    JW = numerical_gradient(lambda w: linear_forward(x, w.reshape(n_out, n_in), b), W.flatten())
    Jb = numerical_gradient(lambda v: linear_forward(x, W, v), b)
    return dy @ Jx, (dy @ JW).reshape(n_out, n_in), dy @ Jb
