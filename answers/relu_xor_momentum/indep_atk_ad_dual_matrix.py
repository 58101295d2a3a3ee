# From an independent tester (round 123): Forward-mode AD with dual numbers represented as 2x2 matrices s*I + N (N nilpotent), pushed through the per-example
# loss with np.linalg.inv and matmul: delta = dl/ds is read off the matrix's corner. No class, no tuple, no Sub/Div.
# Exact, so the tests pass; it must be flagged (automatic differentiation).
# kind: bug
# fails: test_grad_f: not the exact derivative
# flagged: grad_f calls numpy.linalg.inv
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    I = np.eye(2)
    N = np.array([[0.0, 1.0], [0.0, 0.0]])
    M = s[..., None] * I + N                      # dual number s + eps, one per example
    E = np.exp(-s)[..., None] * (I - N)           # exp(-M)
    SIG = np.linalg.inv(I + E)                    # sigmoid(M)
    Nm = N + 0 * I
    dlogY = (np.linalg.inv(SIG) @ (SIG * Nm))[..., 0, 1:2].reshape(s.shape)          # eps part of log(sigmoid(M))
    C = I - SIG
    dlog1mY = (np.linalg.inv(C) @ (C * Nm))[..., 0, 1:2].reshape(s.shape)            # eps part of log(1 - sigmoid(M))
    delta = -(y * dlogY + (1 - y) * dlog1mY)
    dv = a.T @ delta
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), dv, float(np.sum(delta))]
