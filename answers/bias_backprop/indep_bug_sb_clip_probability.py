# From an independent tester (round 46).
# Its message said "estimated numerically": sigma clipped to [1e-7, 1 - 1e-7] gives sigma' of about 1e-7 far out.
# sigmoid_backward clips sigma to [1e-7, 1-1e-7] "for stability" (habit from cross-entropy): sigma' is floored at ~1e-7, wrong for |z| > ~16.
# fails: test_sigmoid_backward: sigma(z) is clipped to [1e-07, 1 - 1e-07]
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = np.clip(sigmoid(z), 1e-7, 1 - 1e-7)
    return da * s * (1 - s)
