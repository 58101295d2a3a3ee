# From an independent tester (round 75): sigmoid_layer_backward calls sigmoid and dense_backward by name; an experiment cell before the test rebinds sigmoid, sigmoid_backward and dense_backward to plain numbers (the notebook promises lent functions stay the instructor's).
# kind: alt
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    dz = da * s * (1.0 - s)
    return dense_backward(dz, a_prev)
# %% after sigmoid_layer_backward
print(sigmoid_layer_backward(np.ones((2, 3)), np.zeros((2, 3)), np.ones((4, 3))))
sigmoid = sigmoid(0.0)
sigmoid_backward = sigmoid_backward(np.ones(2), np.zeros(2))
dense_backward = 0
print(sigmoid, sigmoid_backward, dense_backward)
