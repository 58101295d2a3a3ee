# From an independent tester (round 130): sigmoid_layer_backward: samples with identical (z, a_prev) columns counted once.
# kind: bug
# fails: test_sigmoid_layer: repeated samples counted once
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    both = np.vstack([z, np.asarray(a_prev, dtype=float)])
    _, keep = np.unique(both, axis=1, return_index=True)
    keep = np.sort(keep)
    return dense_backward(sigmoid_backward(da[:, keep], z[:, keep]), a_prev[:, keep])
