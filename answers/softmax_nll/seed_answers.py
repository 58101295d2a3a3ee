# The seed homework's student answers that are correct, as written there: sigmoid, its derivative
# (computing sigmoid twice) and relu. They must get full marks.
# score: full
# %% sigmoid
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    return sigmoid(z) * (1 - sigmoid(z))
# %% relu
def relu(z):
    return np.maximum(0, z)
