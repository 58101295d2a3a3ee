# From an independent tester (round 132): loss_derivative in float32 with -1/p replaced by its Taylor polynomial -(2 - p) for p > 0.995 (and 1/(1-p) by 1 + p
# for p < 0.005): error up to 2.5e-5, not the formula.
# kind: bug
# fails: test_loss: more than float32 rounding allows
# %% loss
def loss(y, y_hat):
    y, y_hat = np.asarray(y), np.asarray(y_hat)
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    y, p = np.asarray(y, dtype=np.float32), np.asarray(y_hat, dtype=np.float32)
    d1 = np.where(p > 0.995, -(2 - p), -1 / p)
    d0 = np.where(p < 0.005, 1 + p, 1 / (1 - p))
    return y * d1 + (1 - y) * d0
