# From an independent tester (round 123): decision_grid rounds y_hat to 6 decimals before thresholding: y_hat in [0.4999995, 0.5) is called class 1.
# kind: bug
# fails: test_decision_grid: change at a threshold below 0.5
# %% decision_grid
def decision_grid(params, G1, G2):
    points = np.column_stack([G1.ravel(), G2.ravel()])
    return (np.round(yhat(points, params), 6) >= 0.5).astype(int).reshape(G1.shape)
