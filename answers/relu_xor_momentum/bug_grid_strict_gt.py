# decision_grid uses > 0.5 instead of >= 0.5 (text: 1 where y_hat >= 0.5)
# fails: test_decision_grid: y_hat = 0.5 exactly is class 1
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(pts, params) > 0.5).astype(float).reshape(G1.shape)
