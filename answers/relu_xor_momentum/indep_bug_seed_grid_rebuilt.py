# From an independent tester (round 92): Bug (modelled on the seed's loop over x, y linspaces): decision_grid rebuilds the grid from G1[0, :] and G2[:, 0] with a default meshgrid, wrong for an indexing="ij" grid.
# kind: bug
# fails: test_decision_grid
# %% decision_grid
def decision_grid(params, G1, G2):
    x = G1[0, :]
    y = G2[:, 0]
    X, Y = np.meshgrid(x, y)
    pts = np.column_stack([X.ravel(), Y.ravel()])
    return (yhat(pts, params) >= 0.5).astype(float).reshape(G1.shape)
