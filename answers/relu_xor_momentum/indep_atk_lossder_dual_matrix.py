# From an independent tester (round 123): loss_derivative by forward-mode AD: y_hat as the dual number y_hat*I + N (2x2 matrices), the loss's logs
# differentiated through np.linalg.inv ((inv(Y) @ (Y*N))[0,1] = 1/y_hat). Exact; must be flagged as AD.
# kind: other
# flagged: loss_derivative calls numpy.linalg.inv
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))
def loss_derivative(y, y_hat):
    I = np.eye(2)
    N = np.array([[0.0, 1.0], [0.0, 0.0]])
    Y = y_hat[..., None] * I + N
    C = I - Y
    dlogY = (np.linalg.inv(Y) @ (Y * N))[..., 0, 1:2].reshape(np.shape(y_hat))
    dlogC = (np.linalg.inv(C) @ (C * N))[..., 0, 1:2].reshape(np.shape(y_hat))
    return -(y * dlogY + (1 - y) * dlogC)
