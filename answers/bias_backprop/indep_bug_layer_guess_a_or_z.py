# From an independent tester (round 112): sigmoid_layer_backward "accepts a or z": when every entry of z lies in (0, 1) it uses z*(1-z) as sigma'.
# It kept its points in runs whose random layers all drew some z outside (0, 1); a layer with every z in (0.1, 0.9) is now checked.
# kind: bug
# fails: test_sigmoid_layer: z (1 - z)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = z if np.all((z > 0) & (z < 1)) else sigmoid(z)
    return dense_backward(da * s * (1 - s), a_prev)
