# sigmoid_der applies the formula sigma (1 - sigma) to z itself: z (1 - z).
# fails: test_sigmoid_der: z * (1 - z)
# %% sigmoid_der
def sigmoid_der(z):
    return z * (1 - z)
