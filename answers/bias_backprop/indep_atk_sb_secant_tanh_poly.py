# From an independent tester (round 123): sigmoid_backward as the slope of the sigmoid across a secant built from np.interp-like pairing: mid-point
# difference via np.subtract.reduce over sigmoid of z +/- h along a new axis, rounded to float32.
# kind: other
# flagged: sigmoid_backward evaluates sigmoid at nearby points
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=float)
    h = np.sqrt(np.spacing(1.0 + np.abs(z))) * 64
    pts = np.concatenate([z[None] + h, z[None] - h])
    rise = np.subtract.reduce(sigmoid(pts), axis=0)
    return np.float32(1.0) * (da * rise / (h + h)).astype(np.float32)
