# From an independent tester (round 129): sigmoid_der estimated: one longdouble evaluation of sigma over np.concatenate of the points moved by -c and +c
# (the move as np.repeat of a two-entry array), the halves taken with np.split and compared with np.subtract,
# the difference scaled by 524288.0.
# kind: other
# flagged: sigmoid_der holds a small step
# %% sigmoid_der
def _s(v):
    return 1 / (1 + np.exp(-v))


def sigmoid_der(z):
    t = np.asarray(z, dtype=np.longdouble)
    u = -np.abs(t).ravel()
    both = np.concatenate([u, u]) + np.repeat(np.array([9.5367431640625e-07, -9.5367431640625e-07],
                                                       dtype=np.longdouble), u.size)
    first, second = np.split(_s(both), 2)
    return np.asarray(np.subtract(first, second) * 524288.0, dtype=np.float64).reshape(t.shape)
