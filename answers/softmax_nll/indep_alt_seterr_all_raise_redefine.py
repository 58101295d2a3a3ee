# From an independent tester (round 74): Experiment cell turns on np.seterr(all="raise") for the rest of the notebook (student's own functions are overflow/underflow free), and a later experiment cell redefines softmax and relu with equivalent code.
# kind: alt
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    zc = np.clip(z, -700.0, 700.0)          # exp never overflows; sigmoid(+-700) is 1 / ~1e-304 already
    return 1.0 / (1.0 + np.exp(-zc))
# %% after sigmoid
np.seterr(all="raise")
print(sigmoid(np.array([-1000.0, 0.0, 1000.0])))
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.clip(np.abs(z), 0.0, 700.0))
    return e / (1.0 + e) ** 2
# %% after backward
def softmax(z):                     # same thing, written another way
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=0))
    return e / e.sum(axis=0)

def relu(z):
    return np.where(np.asarray(z) > 0, z, 0.0)
print(softmax(np.array([[1.0], [2.0]])).ravel(), relu(np.array([-1.0, 2.0])))
