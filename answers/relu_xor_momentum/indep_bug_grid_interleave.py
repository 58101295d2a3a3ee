# Bug: decision_grid builds the batch with np.array([G1.ravel(), G2.ravel()]).reshape(-1, 2) instead of a
# transpose: the reshape interleaves coordinates, so "points" mix x1 values of one grid point with another's.
# Shape of Z is right.
# fails: test_decision_grid: reshape keeps the order of its entries
# %% decision_grid
def decision_grid(params, G1, G2):
    points = np.array([G1.ravel(), G2.ravel()]).reshape(-1, 2)
    return (yhat(points, params) >= 0.5).astype(float).reshape(G1.shape)
