# From an independent tester (round 105): decision_grid reshapes to (G1.shape[0], G1.shape[1]): breaks for the 1-D arrays of points the docstring allows.
# kind: bug
# fails: test_decision_grid: .reshape(G1.shape)
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.stack([G1.ravel(), G2.ravel()], axis=1)
    Z = (yhat(pts, params) >= 0.5).astype(float)
    return Z.reshape(G1.shape[0], -1)
