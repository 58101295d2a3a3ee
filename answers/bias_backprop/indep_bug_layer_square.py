# From an independent tester (round 105): sigmoid_layer_backward computes dW as dz @ a_prev (no transpose) when the shapes allow it (N_prev == B), else dz @ a_prev.T.
# kind: bug
# fails: test_sigmoid_layer: a_prev is not transposed
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    B = dz.shape[1]
    if a_prev.shape[0] == a_prev.shape[1]:
        dW = dz @ a_prev / B
    else:
        dW = dz @ a_prev.T / B
    return dW, dz.mean(axis=1, keepdims=True)
