# decision_grid stacks G2 before G1, so the network sees (x2, x1) at every grid point.
# fails: test_decision_grid: swaps the coordinates
# %% decision_grid
def decision_grid(params, G1, G2):
    points = np.column_stack([G2.ravel(), G1.ravel()])
    return (yhat(points, params) >= 0.5).astype(int).reshape(G1.shape)
