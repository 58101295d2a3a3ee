# From an independent tester (round 97): decision_grid reshapes to (G1.shape[0], -1): right for 2-D meshgrids, wrong shape for a 1-D or 3-D grid.
# kind: bug
# fails: test_decision_grid
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.column_stack([np.ravel(G1), np.ravel(G2)])
    return (yhat(pts, params) >= 0.5).astype(float).reshape(G1.shape[0], -1)
