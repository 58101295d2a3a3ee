# From an independent tester (round 89): sigmoid_der writes sigma(z) * (1 - sigma(-z)), which is sigma(z)**2 (a sign slip in 1 - sigma(z) = sigma(-z)).
# kind: bug
# fails: test_sigmoid_der: 1 - sigma(-z) is sigma(z) itself
# %% sigmoid_der
def sigmoid_der(z):
    return sigmoid(z) * (1 - sigmoid(-z))
