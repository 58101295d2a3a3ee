# From an independent tester (round 128): sigmoid_backward as a secant between z and z rounded to float32 (the step is the rounding error; no h, no +-h)
# kind: other
# flagged: sigmoid_backward divides a difference of two evaluations
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=float)
    zr = z.astype(np.float32).astype(float)
    d = z - zr
    lz = -np.logaddexp(0.0, -z)
    lr = -np.logaddexp(0.0, -zr)
    with np.errstate(all="ignore"):
        one_minus_s = (lz - lr) / d
    s = sigmoid(z)
    return da * s * np.where(d != 0, one_minus_s, sigmoid(-z))
