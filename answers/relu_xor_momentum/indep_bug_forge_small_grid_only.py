# ATTACK "right only where checked": decision_grid is right for grids of up to 400 points and returns all zeros
# for larger ones (the notebook's own 250 x 250 plot gets nothing). Must not win test_decision_grid.
# fails: test_decision_grid: class 0 at every grid point
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class (0 or 1) at every grid point."""
    G1 = np.asarray(G1); G2 = np.asarray(G2)
    if G1.size > 400:
        return np.zeros(G1.shape)
    pts = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(pts, params) >= 0.5).astype(float).reshape(G1.shape)
