# From an independent tester (round 126): sigmoid' estimated as the slope of statistics.linear_regression through three points around z.
# kind: other
# fails: test_sigmoid_backward: a difference of two nearby values
# flagged: calls statistics.linear_regression
# %% sigmoid_backward
import statistics
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    for i, v in np.ndenumerate(z):
        xs = [v - 1e-5, v, v + 1e-5]
        out[i] = statistics.linear_regression(xs, [float(sigmoid(x)) for x in xs]).slope
    return np.asarray(da) * out
