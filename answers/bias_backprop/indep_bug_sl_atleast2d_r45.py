# From an independent tester (round 45).
# It kept full marks: no hidden check tried a batch of one on a layer of more than one unit.
# sigmoid_layer_backward "makes sure dz is 2-D" with atleast_2d(squeeze(dz)): a batch of one becomes a (1, N) row.
# fails: test_sigmoid_layer: where that axis was longer
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = np.atleast_2d(np.squeeze(sigmoid_backward(da, z)))
    return dense_backward(dz, a_prev)
