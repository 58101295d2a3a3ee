# From an independent tester (round 9): the same, in sigmoid_layer_backward.
# Bug: sigmoid_layer_backward computes dW = a_prev @ dz.T / B and "fixes" the shape with .T only when it does
# not fit, so a square layer (N == N_prev) keeps the transposed gradient.
# fails: test_sigmoid_layer: transpose
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    dz = da * s * (1 - s)
    B = dz.shape[1]
    dW = a_prev @ dz.T / B
    if dW.shape[0] != dz.shape[0]:
        dW = dW.T
    return dW, dz.mean(axis=1, keepdims=True)
