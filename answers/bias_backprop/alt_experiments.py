# Correct answers, with experiment cells added after tasks that overwrite notebook names: data variables, the
# given sigmoid (replaced by tanh "to compare"), and names the tests use (checks, testing, gradcheck). No grade
# changes: the tests make their own data and lend the reference sigmoid to the functions they grade.
# kind: alt
# %% after sigmoid_backward
z = np.linspace(-3, 3, 12).reshape(2, 6)
da = np.ones_like(z)
print(sigmoid_backward(da, z))
def sigmoid(z):
    return np.tanh(z)        # "what if the layer used tanh?"
checks = "my notes"
testing = None
# %% after dense_backward
W, b = np.ones((4, 3)), np.zeros((4, 1))
a_prev, dz, t, batch = np.ones((3, 2)), np.ones((4, 2)), np.zeros((4, 2)), 2
learning_rate = 1e-2
gradcheck = None
print(dense_backward(dz, a_prev))
# %% after update_layer
W, b = update_layer(W, b, dz, a_prev, 1e-2)
dense_backward = dense_backward   # rebinding the same function is harmless
