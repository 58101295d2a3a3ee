# backward applies the ReLU derivative at the wrong point: it masks by the sign of the incoming gradient
# (da1 > 0) instead of the sign of the pre-activation z1 (z1 > 0). dW2, db2 are right; dW1, db1 wrong.
# In section 5 da1 = (2 a2_1) for all four units, so units 3 and 4 (z1 < 0) wrongly get a gradient:
# W1_new is wrong. (net_out_new happens to be the same, since all hidden units are dead after the step
# either way, so test_output_after should pass.)
# fails: test_backward: sign of the incoming gradient
# fails: test_W1_update: backward
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = W2 @ dz2
    dz1 = da1 * (da1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
