# sigmoid clips z to [-10, 10] "to avoid overflow": sigmoid(12) becomes sigmoid(10), off by ~4e-5 near 1 and
# by a factor ~7 for z = -12. Right for |z| <= 10. Expect caught only if the hidden checks use |z| > 10;
# otherwise a surprise (bug kept full marks).
# Round 33: kept full marks (no hidden z beyond 10); the hidden check now has |z| up to 18.
# fails: test_sigmoid: is z clipped
# %% sigmoid
def sigmoid(z):
    z = np.clip(z, -10.0, 10.0)
    return 1.0 / (1.0 + np.exp(-z))
