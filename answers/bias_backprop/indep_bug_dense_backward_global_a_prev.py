# From an independent tester (round 75): dense_backward names its second parameter x but uses the notebook global a_prev (set to (3, 5) data in an experiment cell, the shape of the test's first 4x3 layer on a batch of 5): dW is wrong, db (no a_prev) right.
# kind: bug
# fails: test_dense_backward_dW
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, x):
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
# %% after dense_backward
rng = np.random.default_rng(0)
a_prev = rng.normal(size=(3, 5))
dz = rng.normal(size=(4, 5))
print(dense_backward(dz, a_prev)[0].shape)
