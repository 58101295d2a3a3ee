# relu zeroes the negative entries of its argument in place and returns it: the caller's z1 becomes a1.
# Only relu's test fails; forward is graded with a correct relu, and the worked values are right.
# fails: test_relu: relu changed its argument z in place
# %% relu
def relu(z):
    z[z < 0] = 0
    return z
