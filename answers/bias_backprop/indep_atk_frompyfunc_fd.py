# From an independent tester (round 125): sigmoid_layer_backward's sigma' by a central difference written with math.exp in a helper run through np.frompyfunc (the scan read np.vectorize's helpers, not a quotient whose moves sit inside math.exp).
# kind: other
# fails: test_sigmoid_layer: not the exact derivative
# flagged: divides a difference of two evaluations
# %% sigmoid_layer_backward
import math
def _sp(u, t):
    return (1.0 / (1.0 + math.exp(-min(u + t, 700.0))) - 1.0 / (1.0 + math.exp(-min(u - t, 700.0)))) / (2 * t) if abs(u) < 700 else 0.0
def sigmoid_layer_backward(da, z, a_prev):
    d = np.frompyfunc(_sp, 2, 1)(z, 1e-6).astype(float)
    return dense_backward(da * d, a_prev)
