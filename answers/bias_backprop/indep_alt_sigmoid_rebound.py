# From an independent tester (round 106): Answers that call the given sigmoid; an experiment cell after the last answer rebinds sigmoid to a number (the prose promises lent functions stay the instructor's).
# kind: alt
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    return da * sigmoid(z) * sigmoid(-z)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * sigmoid(z) * sigmoid(-z)
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1, keepdims=True)
# %% after sigmoid_layer_backward
sigmoid = sigmoid(0.0)
print("sigmoid(0) =", sigmoid)
