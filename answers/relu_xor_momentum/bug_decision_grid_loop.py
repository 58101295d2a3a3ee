# decision_grid calls yhat once per grid point in a double loop (as the seed homework did): right
# classes, but the task asks for one batch; the hidden check counts the calls of yhat.
# fails: test_decision_grid: for grids of shape (6,)
# %% decision_grid
def decision_grid(params, G1, G2):
    Z = np.zeros(G1.shape)
    for i in range(G1.shape[0]):
        for j in range(G1.shape[1]):
            point = np.array([[G1[i, j], G2[i, j]]])
            Z[i, j] = 1.0 if yhat(point, params)[0, 0] >= 0.5 else 0.0
    return Z
