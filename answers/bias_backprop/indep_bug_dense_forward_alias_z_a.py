# From an independent tester (round 74): dense_forward applies the activation in place on an alias of z (a = z; a[...] = activation(a)): the returned z is overwritten by a.
# kind: bug
# fails: test_dense_forward
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    a = z
    a[...] = activation(a)
    return z, a
