# Probe: sigmoid_backward is correct and calls the notebook's sigmoid(z); an experiment cell later
# rebinds the global name `sigmoid = np.tanh` ("try another activation"). By the notebook's rules the
# sigmoid comes from the instructor's code when graded, so the answer functions are still correct.
# (In the student's own kernel, after Run All, sigmoid_backward computes tanh-based values.)
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * s * (1 - s)
# %% after dense_forward
sigmoid = np.tanh   # experiment: a tanh layer
z_demo, a_demo = dense_forward(np.ones((2, 2)), np.zeros((2, 1)), np.eye(2), sigmoid)
print(a_demo)
