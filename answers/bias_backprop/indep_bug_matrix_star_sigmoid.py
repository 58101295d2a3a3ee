# From an independent tester (round 84): MATLAB habit on np.matrix: `da * s` written for `da .* s`, but on np.matrix `*` is the matrix product (da^T-less: (N,B)*(N,B)).
# kind: bug
# Was told only "wrong shape (2, 2), expected (2, 3)".
# fails: test_sigmoid_backward: sigmoid_backward works on np.matrix, where * is the matrix product
# %% sigmoid_backward
def sigmoid_backward(da, z):
    S = np.asmatrix(sigmoid(z))
    dz = np.asmatrix(da) * np.multiply(S, 1 - S).T      # meant da .* s .* (1-s); transposed to make '*' "fit"
    return np.asarray(dz)
