# From an independent tester (round 74): decision_grid writes the classes into G1.reshape(-1), a view of the caller's G1, so it overwrites G1 and returns it.
# kind: bug
# fails: test_decision_grid
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.stack([G1.ravel(), G2.ravel()], axis=1)
    Z = G1.reshape(-1)
    Z[:] = (yhat(pts, params)[:, 0] >= 0.5)
    return Z.reshape(G1.shape)
