# From an independent tester (round 128): loss_derivative estimated by Chebyshev-Gauss spectral differentiation of loss(y, .) on nodes
# y_hat + r cos(theta_k), r = min(y_hat, 1 - y_hat) / 2 per entry; grid made by a matrix product.
# kind: other
# flagged: loss_derivative calls numpy.cos
# fails: test_loss: not the exact derivative
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    y = np.asarray(y, dtype=float)
    p = np.asarray(y_hat, dtype=float)
    N = 40
    th = (np.arange(N) + 0.5) * np.pi / N
    m = np.arange(1, N, 2)
    wts = (2.0 / N) * (np.cos(np.outer(th, m)) @ (m * (-1.0) ** ((m - 1) // 2)))
    r = np.minimum(p, 1 - p) / 2
    col_p, col_r, col_y = p.reshape(-1, 1), r.reshape(-1, 1), y.reshape(-1, 1)
    P = np.hstack([col_p, col_r]) @ np.vstack([np.ones((1, N)), np.cos(th)[None, :]])
    Yg = col_y @ np.ones((1, N))
    vals = -(Yg * np.log(P) + (1 - Yg) * np.log1p(-P))
    return ((vals @ wts) / col_r[:, 0]).reshape(p.shape)
