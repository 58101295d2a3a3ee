# From an independent tester (round 86): decision_grid reshapes its result to (number of distinct G2 values, number of distinct G1 values), assuming an xy meshgrid: wrong shape/order for a non-square grid made with indexing='ij'.
# kind: bug
# fails: test_decision_grid
# %% decision_grid
def decision_grid(params, G1, G2):
    P = np.column_stack([np.ravel(G1), np.ravel(G2)])
    shape = (len(np.unique(G2)), len(np.unique(G1)))
    return (yhat(P, params) >= 0.5).astype(float).reshape(shape)

