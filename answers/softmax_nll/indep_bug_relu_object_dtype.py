# From an independent tester (round 79): relu builds its result from a Python list with dtype=object: an array of Python objects, not floats.
# kind: bug
# Was told "relu() returned a ndarray object, which is not plain data".
# fails: test_relu: relu() returned a numpy array of dtype object
# fails: test_hidden_outputs
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% relu
def relu(z):
    z = np.asarray(z)
    return np.array([max(v, 0) for v in z.ravel()], dtype=object).reshape(z.shape)
