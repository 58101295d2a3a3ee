# From an independent tester (round 123): dense_backward's db by differencing the batch-mean of the forward pass: db = mean(dz) obtained as
# (dense_forward-like) linear response of C(b) = mean(sum(dz * (W a + b))) at b = 0 and b = 1 per unit
# using np.ones / zeros: a finite difference that is exact for a linear cost.
# kind: other
# flagged: dense_backward takes the difference of a function at ones and at zeros
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    dW = dz @ a_prev.T / B
    cost = lambda bias: np.einsum("nb,nb->n", dz, np.broadcast_to(bias, dz.shape)) / B
    db = (cost(np.ones((dz.shape[0], 1))) - cost(np.zeros((dz.shape[0], 1))))[:, None]
    return dW, db
