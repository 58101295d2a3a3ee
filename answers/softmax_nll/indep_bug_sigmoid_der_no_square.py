# From an independent tester (round 5): the quotient rule done halfway, exp(-z) / (1 + exp(-z)) without the square
# of the denominator, which is 1 - sigma(z); the message used to say only "wrong in all 4 entries".
# fails: test_sigmoid_der: the square of the denominator is missing
# %% sigmoid_der
def sigmoid_der(z):
    return np.exp(-z) / (1 + np.exp(-z))
