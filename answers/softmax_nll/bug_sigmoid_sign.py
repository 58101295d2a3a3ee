# sigmoid with a sign error: 1 / (1 + exp(z)) (that is sigma(-z)).
# fails: test_sigmoid: the sign in the exponent is flipped
# %% sigmoid
def sigmoid(z):
    return 1 / (1 + np.exp(z))
