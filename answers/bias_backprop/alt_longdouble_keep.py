# Extra precision: np.longdouble, returned as longdouble arrays (numpy arrays of numbers).
# Round 6 of the independent answers: refused as "not plain data" (long double now crosses rounded to double).
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zl = np.asarray(z, dtype=np.longdouble)
    s = 1 / (1 + np.exp(-zl))
    return np.asarray(da, dtype=np.longdouble) * s * (1 - s)
