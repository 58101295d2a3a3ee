# relu clamps its argument in place (z[z < 0] = 0; return z): it modifies z. In the student's own run, forward's
# z1 is clamped too (z1 and a1 are the same array), so the visible test_forward fails in Restart & Run All while
# the grade gives forward a correct relu.
# fails: test_relu: in place
# %% relu
def relu(z):
    z[z < 0] = 0
    return z
