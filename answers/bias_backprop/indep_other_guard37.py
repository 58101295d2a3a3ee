# From an independent tester (round 102): sigmoid_backward sets sigma' to 0 for |z| > 37 ("it is below machine epsilon there"), a guard the prose forbids.
# Kept full marks on purpose: beyond |z| = 37.5 sigma' is about 5e-17 or less and a result that is 0 there is accepted (the
# prose says so since round 102); a guard at |z| = 36 or nearer loses the point (testing.check_sigmoid_not_above).
# kind: other
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return np.where(np.abs(z) > 37, 0.0, da * s * (1 - s))
