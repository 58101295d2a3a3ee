# Bug: relu written with the identity max(z, 0) = (z + |z|) / 2 but typed with floor division //. Exact for
# integers and for the visible values -2, 0, 3 (and for the worked network, whose z1 is 3, 10, -5, -12), but
# 2.5 -> 2.0, 0.3 -> 0.0: wrong for non-integer positive inputs.
# fails: test_relu: Every entry is a whole number
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    return (z + np.abs(z)) // 2
