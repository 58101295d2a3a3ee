# Bug: sigmoid_layer_backward computes sigma'(z) once and keeps it in a global, recomputing it only
# when the shape of z changes; a later call with a new z of the same shape uses the old derivative.
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
_SPRIME = None

def sigmoid_layer_backward(da, z, a_prev):
    global _SPRIME
    if _SPRIME is None or _SPRIME.shape != z.shape:
        s = sigmoid(z)
        _SPRIME = s * (1 - s)
    return dense_backward(da * _SPRIME, a_prev)
