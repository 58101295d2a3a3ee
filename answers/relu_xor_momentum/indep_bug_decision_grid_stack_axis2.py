# From an independent tester (round 112): decision_grid stacks the grids with np.stack(..., axis=2), which only works for 2-D grids, not the 1-D arrays of points the docstring allows.
# Its message blamed a dropped batch axis ("keep the arrays 2-D"); it now names code written for 2-D grids.
# kind: bug
# fails: test_decision_grid: code written for 2-D grids
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.stack([G1, G2], axis=2).reshape(-1, 2)
    return (yhat(pts, params) >= 0.5).astype(float).reshape(G1.shape)
