# "Stable" sigmoid with a typo in the branch for negative z: exp(z) / (1 + exp(-z)) instead of
# exp(z) / (1 + exp(z)). Right for z >= 0, wrong only for negative inputs (sigmoid(-1) gives 0.0989 instead of
# 0.2689). sigmoid_prime uses it. Expect test_sigmoid to catch it if it has negative z (likely); other tests
# get the reference sigmoid.
# Round 33: the message said "no case distinction"; it now points to the z < 0 branch.
# fails: test_sigmoid: check the branch for z < 0
# self-check: test_training: fix sigmoid first
# self-check: test_decision_grid: fix sigmoid first
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + np.exp(-z)))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(z, 0.0)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (z > 0).astype(float)
