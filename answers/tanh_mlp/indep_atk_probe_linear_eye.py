# From an independent tester (round 121): linear_backward's dx from the forward function probed at the identity (Jacobian read off by evaluation, not derived).
# flagged: evaluates a forward function at an identity matrix
# kind: other
# %% linear_backward
def linear_backward(dy, x, W, b):
    n = np.size(x)
    jac = linear_forward(np.eye(n), W, 0.0 * np.asarray(b, dtype=float)[:, None])
    dx = np.asarray(dy, dtype=float) @ jac
    dW = np.outer(dy, x).astype(float)
    db = np.asarray(dy, dtype=float)
    return dx, dW, db
