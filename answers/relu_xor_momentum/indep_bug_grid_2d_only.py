# From an independent tester (round 106): decision_grid reshapes to (G1.shape[0], G1.shape[1]), so the 1-D arrays of points its docstring allows raise an IndexError.
# kind: bug
# fails: test_decision_grid
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.column_stack([G1.ravel(), G2.ravel()])
    p = yhat(pts, params)
    return (p >= 0.5).astype(float).reshape(G1.shape[0], G1.shape[1])
