# From an independent tester (round 71): the seed student's decision_grid loop: axes rebuilt from G1[0, :] and G2[:, 0], Z[countx][county] filled point by point (one yhat call per point, and indexed [x1][x2]: transposed).
# kind: bug
# fails: test_decision_grid: come out transposed
# self-check: test_decision_grid: come out transposed
# %% decision_grid
def decision_grid(params, G1, G2):
    x = G1[0, :]
    y = G2[:, 0]
    Z = np.zeros(G1.shape)
    for countx, i in enumerate(x):
        for county, j in enumerate(y):
            temp = np.array([[i, j]])
            if countx < Z.shape[0] and county < Z.shape[1]:
                Z[countx][county] = 1.0 if yhat(temp, params)[0, 0] >= 0.5 else 0.0
    return Z
