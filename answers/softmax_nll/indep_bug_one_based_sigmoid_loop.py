# From an independent tester (round 84): MATLAB loop "for i = 1:numel(z)" converted to range(1, z.size): the first entry (index 0) is never computed and keeps a copy of z.
# kind: bug
# fails: test_sigmoid: never computed by a loop that starts at 1
# %% sigmoid
import math

def sigmoid(z):
    z = np.asarray(z, dtype=float)
    s = z.copy().ravel()
    flat = z.ravel()
    for i in range(1, z.size):
        v = flat[i]
        s[i] = 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))
    return s.reshape(z.shape)
