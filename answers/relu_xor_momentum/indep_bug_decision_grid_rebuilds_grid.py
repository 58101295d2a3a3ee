# From an independent tester (round 55).
# decision_grid rebuilds the points from G1[0, :] and G2[:, 0], right only for np.meshgrid's default layout. Every
# visible cell passed it; the visible check now tries an "ij" grid too.
# fails: test_decision_grid: rebuilds the grid from G1[0, :] and G2[:, 0]
# self-check: test_decision_grid: rebuilds the grid from G1[0, :] and G2[:, 0]
# %% decision_grid
def decision_grid(params, G1, G2):
    g1 = G1[0, :]
    g2 = G2[:, 0]
    A, B = np.meshgrid(g1, g2)
    pts = np.stack([A.ravel(), B.ravel()], axis=1)
    return (yhat(pts, params) >= 0.5).astype(float).reshape(A.shape)
