# Round 38. A beginner's sigmoid looping with math.exp: right for moderate z, but math.exp raises OverflowError
# beyond 709 where np.exp gives inf (the notebook asks for finite values at every z).
# fails: test_sigmoid: raised OverflowError
# %% sigmoid
import math

def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    for i in np.ndindex(z.shape):
        out[i] = 1.0 / (1.0 + math.exp(-z[i]))
    return out
