# From an independent tester (round 59): decision_grid rebuilds the output with .reshape(G1.shape[::-1]).T (treats the flat order as column-major), transposing the class map.
# kind: bug
# fails: test_decision_grid: puts the classes back in the wrong order
# self-check: test_decision_grid: puts the classes back in the wrong order
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.hstack([G1.reshape(-1, 1), G2.reshape(-1, 1)])
    return (yhat(pts, params) >= 0.5).astype(float).reshape(G1.shape[::-1]).T
