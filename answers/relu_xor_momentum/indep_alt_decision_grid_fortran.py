# From an independent tester (round 104): decision_grid stacking the points in Fortran order and reshaping back in Fortran order, returning an int array; works for 1-D point arrays too.
# kind: alt
# score: full
# %% decision_grid
def decision_grid(params, G1, G2):
    G1 = np.asarray(G1)
    G2 = np.asarray(G2)
    pts = np.column_stack([G1.ravel(order="F"), G2.ravel(order="F")])
    p = yhat(pts, params)
    return (p >= 0.5).astype(int).reshape(G1.shape, order="F")
