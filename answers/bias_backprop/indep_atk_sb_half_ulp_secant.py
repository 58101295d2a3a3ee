# From an independent tester (round 128): sigmoid_backward as a secant between z and z rounded to float16 (step = the rounding error, no h constant, no +-h), exact formula where the rounding is 0
# kind: other
# fails: test_sigmoid_backward: Gradient check failed for sigmoid_backward
# flagged: sigmoid_backward divides a difference of two evaluations
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=float)
    zr = z.astype(np.float16).astype(float)
    d = z - zr
    s, sr = sigmoid(z), sigmoid(zr)
    with np.errstate(all="ignore"):
        sec = (s - sr) / d
    s0 = s * (1.0 - s)
    return da * np.where(np.abs(d) > 1e-9 * np.maximum(1, np.abs(z)), sec, s0)
