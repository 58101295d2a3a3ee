# From an independent tester (round 97): Sigmoid through exp(-|z|) with np.where branches, sigmoid_der as s*(1-s) from the same stable form; softmax via log-sum-exp.
# kind: alt
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    # sigma(z) * (1 - sigma(z)) = e / (1 + e)^2 for both signs (symmetric)
    return e / (1.0 + e) ** 2
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=0, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=0, keepdims=True))
    return np.exp(z - lse)
