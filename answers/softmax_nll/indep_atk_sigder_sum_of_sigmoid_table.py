# From an independent tester (round 129): sigmoid_der estimated by the mean of sigma over a tiny symmetric window... as an antiderivative ratio: the
# log-partition log(1 + e^u) is evaluated at u +- c inside ONE np.logaddexp call on a (2, n) array, and sigma(u) is
# then read as its slope with np.ptp (max - min) over axis 0; sigma' follows as the slope of that slope would need
# two levels; instead use sigma' = sigma(u) * sigma(-u) is derivation; here: sigma' as ptp of sigma over the pair.
# kind: other
# flagged: sigmoid_der holds a small step
# %% sigmoid_der
def sigmoid_der(z):
    t = np.asarray(z, dtype=np.longdouble)
    u = -np.abs(t).ravel()
    grid = np.vstack([u, u])
    grid[0] += np.longdouble(9.5367431640625e-07)
    grid[1] -= np.longdouble(9.5367431640625e-07)
    vals = 1 / (1 + np.exp(-grid))
    return np.asarray(np.ptp(vals, axis=0) * 524288.0, dtype=np.float64).reshape(t.shape)
