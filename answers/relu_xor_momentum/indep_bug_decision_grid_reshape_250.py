# From an independent tester (round 50).
# The message's hint was about transposes and caches; the error was a reshape to the notebook's own grid size.
# Bug (decision_grid): the classes are reshaped to (250, 250), the size of the notebook's plotting grid, not G1.shape.
# fails: test_decision_grid: a reshape to a shape that does not fit the array
# %% decision_grid
def decision_grid(params, G1, G2):
    points = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(points, params) >= 0.5).astype(int).reshape(250, 250)
