# From an independent tester (round 96): decision_grid memoised on G1.shape only, ignoring params and the coordinates: a second grid of the same shape gets the first answer.
# kind: bug
# fails: test_decision_grid: does it keep something from one call to the next
# %% decision_grid
_grid_memo = {}


def decision_grid(params, G1, G2):
    if G1.shape not in _grid_memo:
        P = np.column_stack([G1.ravel(), G2.ravel()])
        _grid_memo[G1.shape] = (yhat(P, params) >= 0.5).astype(float).reshape(G1.shape)
    return _grid_memo[G1.shape].copy()
