# sigmoid_layer_backward passes dC/da straight to dense_backward: the bias (and weight) gradient is
# built from dC/da instead of dC/dz, the sigmoid's derivative is forgotten.
# fails: test_sigmoid_layer: db is computed from dC/da instead of dC/dz
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(da, a_prev)
