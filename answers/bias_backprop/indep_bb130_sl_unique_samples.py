# From an independent tester (round 130): sigmoid_layer_backward: repeated input samples (same column of a_prev) dropped before averaging.
# kind: bug
# fails: test_sigmoid_layer: repeated samples counted once
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    _, keep = np.unique(np.asarray(a_prev, dtype=float), axis=1, return_index=True)
    keep = np.sort(keep)
    dz = sigmoid_backward(da[:, keep], z[:, keep])
    return dense_backward(dz, a_prev[:, keep])
