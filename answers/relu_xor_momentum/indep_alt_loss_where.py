# From an independent tester (round 106): Loss picks the log of the probability of the true class; the derivative uses the simplified (y_hat - y)/(y_hat(1 - y_hat)).
# kind: alt
# score: full
# %% loss
def loss(y, y_hat):
    y = np.asarray(y, dtype=float)
    y_hat = np.asarray(y_hat, dtype=float)
    p_true = np.where(y == 1.0, y_hat, 1.0 - y_hat)
    return -np.log(p_true)


def loss_derivative(y, y_hat):
    return (y_hat - y) / (y_hat * (1.0 - y_hat))
