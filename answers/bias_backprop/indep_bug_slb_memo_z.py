# From an independent tester (round 93): sigmoid_layer_backward memoises its result on the bytes of z alone: a call with the same z and a new da or a_prev returns the old gradients.
# kind: bug
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
_slb_cache = {}
def sigmoid_layer_backward(da, z, a_prev):
    key = (z.shape, z.tobytes())
    if key not in _slb_cache:
        _slb_cache[key] = dense_backward(sigmoid_backward(da, z), a_prev)
    return _slb_cache[key]
