# decision_grid classifies the grid point by point, with the network's forward pass written inline (it never
# calls yhat, so counting yhat's calls did not see the loop): right classes, but a loop over the grid points.
# fails: test_decision_grid: it loops over the grid points
# %% decision_grid
def decision_grid(params, G1, G2):
    W, b, v, c = params
    Z = np.zeros(G1.shape, dtype=int)
    for idx in np.ndindex(G1.shape):
        a = np.maximum(0, np.array([[G1[idx], G2[idx]]]) @ W + b)
        Z[idx] = int((1 / (1 + np.exp(-(a @ v + c))))[0, 0] >= 0.5)
    return Z
