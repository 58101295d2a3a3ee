# From an independent tester (round 106): sigmoid_der uses s*(1-s) but replaces it by exp(-|z|) for |z| > 14 (a tail approximation of the kind the prose forbids).
# kind: bug
# fails: test_sigmoid_der
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    s = sigmoid(np.clip(z, -14, 14))
    return np.where(np.abs(z) > 14, np.exp(-np.abs(z)), s * (1 - s))
