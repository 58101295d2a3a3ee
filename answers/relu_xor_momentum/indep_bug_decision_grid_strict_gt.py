# From an independent tester (round 56): passed its own visible cell.
# decision_grid uses y_hat > 0.5 instead of >= 0.5 (the task text): differs only at points where y_hat is exactly
# 0.5, e.g. x1 = 0.5 for the test network sigmoid(10 relu(x1) - 5).
# kind: bug
# fails: test_decision_grid: uses y_hat > 0.5
# self-check: test_decision_grid: uses y_hat > 0.5
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.c_[G1.ravel(), G2.ravel()]
    return (yhat(pts, params) > 0.5).astype(float).reshape(G1.shape)
