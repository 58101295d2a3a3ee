# decision_grid returns y_hat itself, reshaped, instead of the class (y_hat >= 0.5).
# fails: test_decision_grid: returns values other than 0 and 1
# %% decision_grid
def decision_grid(params, G1, G2):
    return yhat(np.column_stack([G1.ravel(), G2.ravel()]), params).reshape(G1.shape)
