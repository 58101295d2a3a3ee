# From an independent tester (round 102): sigmoid_backward computes s = (1 + tanh(z/2)) / 2, which rounds to exactly 0 for z below about -37, so sigma' is 0 far out.
# Kept full marks on purpose: beyond |z| = 30 a formula through tanh loses sigma''s digits (0 below about -37), which
# the tests accept there (round 64, and the prose since round 102); from -30 to -20 it is exact enough.
# kind: other
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = 0.5 * (1.0 + np.tanh(0.5 * z))
    return da * s * (1.0 - s)
