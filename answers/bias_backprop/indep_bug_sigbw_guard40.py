# From an independent tester (round 76): sigmoid_backward sets sigma'(z) to exactly 0 where |z| > 40 (true value there < 4.3e-18). It keeps its points by design: the notebook promises entry-by-entry checks for z from -30 to -20 only, because beyond about |z| = 30 an honest tanh-form answer, 0.25 * (1 - tanh(z / 2)**2), loses sigma'(z) to rounding too (tanh(-20) rounds to -1).
# kind: other
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return np.where(np.abs(z) > 40, 0.0, da * s * (1 - s))
