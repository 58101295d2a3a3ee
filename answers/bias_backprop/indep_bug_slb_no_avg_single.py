# From an independent tester (round 93): sigmoid_layer_backward forgets 1/B when the layer has a single unit (special case written for a 1-unit output layer).
# kind: bug
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    if dz.shape[0] == 1:
        return dz @ a_prev.T, dz.sum(axis=1, keepdims=True)
    return dense_backward(dz, a_prev)
