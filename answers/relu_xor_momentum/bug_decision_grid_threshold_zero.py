# decision_grid thresholds y_hat at 0 (as if it were the sigmoid's input s), so every grid point gets class 1.
# The visible check's grid has points of both classes; the message says every point gets one class although
# y_hat is on both sides of 0.5 there (not "are both coordinates flattened in the same order?").
# fails: test_decision_grid: gives class 1 at every grid point
# %% decision_grid
def decision_grid(params, G1, G2):
    points = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(points, params) >= 0).astype(int).reshape(G1.shape)
