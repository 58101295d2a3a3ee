# sigmoid_backward estimates the vector-Jacobian product with the course's finite-difference helper instead of
# deriving it: the values agree to about 1e-10, and the test rejects it as estimated numerically.
# fails: test_sigmoid_backward: a finite-difference estimate
# %% sigmoid_backward
def sigmoid_backward(da, z):
    from backprop_course import gradcheck
    return gradcheck.numerical_vjp(sigmoid, np.array(z, dtype=float), da)
