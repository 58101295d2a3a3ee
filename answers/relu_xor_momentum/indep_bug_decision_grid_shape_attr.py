# From an independent tester (round 8): kept full marks: the same, on the grids.
# decision_grid flattens the grids by assigning their .shape attribute: no data is copied, but the caller's G1 and
# G2 are left flattened (an in-place change of the arguments).
# fails: test_decision_grid: in place
# %% decision_grid
def decision_grid(params, G1, G2):
    shape = G1.shape
    G1.shape = (-1,)
    G2.shape = (-1,)
    pts = np.stack([G1, G2], axis=1)
    return (yhat(pts, params) >= 0.5).astype(float).reshape(shape)
