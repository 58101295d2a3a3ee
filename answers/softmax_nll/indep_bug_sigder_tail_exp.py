# From an independent tester (round 128): sigmoid_der approximated by its tail exp(-|z|) beyond |z| = 18.2 (round 98's tail trick, past the 12..16 check).
# kind: bug
# fails: test_sigmoid_der: approximation of the tail
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        s = 1.0 / (1.0 + np.exp(-z))
        return np.where(np.abs(z) > 18.2, np.exp(-np.abs(z)), s * (1.0 - s))
