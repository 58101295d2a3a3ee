# From an independent tester (round 115): decision_grid unpacks n, m = G1.shape to reshape: breaks for the 1-D arrays of points the docstring allows.
# kind: bug
# fails: test_decision_grid
# self-check: test_decision_grid: It takes arrays of any shape
# %% decision_grid
def decision_grid(params, G1, G2):
    n, m = G1.shape
    pts = np.stack([G1.reshape(n * m), G2.reshape(n * m)], axis=1)
    return (yhat(pts, params) >= 0.5).astype(float).reshape(n, m)
