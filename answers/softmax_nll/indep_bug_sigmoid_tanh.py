# From an independent tester (round 106): sigmoid as 0.5 * (1 + tanh(z/2)): 1 + tanh cancels for z below about -20, giving 0 or noise instead of e^z.
# kind: other
# Kept: the tanh form of the formula loses the digits of sigma(z) only below z = -16, where it is under 1e-7; the prose says such a form is accepted there (as in bias_backprop).
# score: full
# %% sigmoid
def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
