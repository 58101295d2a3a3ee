# From an independent tester (round 106): bug_layer_guard_pos20 after the grader's "the formula needs no guard": the np.where guard removed.
# kind: other
# score: full
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = np.exp(-np.abs(z))
    dz = da * e / (1 + e) ** 2
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1, keepdims=True)
