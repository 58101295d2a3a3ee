# From an independent tester (round 132): loss in float32 with -log(p) replaced by 1 - p when p > 0.995 (and -log(1-p) by p when p < 0.005): error up to 1.3e-5.
# kind: bug
# fails: test_loss: more than float32 rounding allows
# %% loss
def loss(y, y_hat):
    y, p = np.asarray(y, dtype=np.float32), np.asarray(y_hat, dtype=np.float32)
    l1 = np.where(p > 0.995, 1 - p, -np.log(p))
    l0 = np.where(p < 0.005, p, -np.log(1 - p))
    return y * l1 + (1 - y) * l0


def loss_derivative(y, y_hat):
    y, y_hat = np.asarray(y), np.asarray(y_hat)
    return -y / y_hat + (1 - y) / (1 - y_hat)
