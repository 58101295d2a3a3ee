# From an independent tester (round 9): a dense_backward bug cost test_sigmoid_layer: sigmoid_layer_backward is a partial holding it.
# Bug in dense_backward only (dW summed, not averaged). update_layer binds it as a default argument,
# sigmoid_layer_backward through functools.partial: only test_dense_backward_dW should fail.
# fails: test_dense_backward_dW: batch
# %% after imports
import functools
# %% dense_backward
def dense_backward(dz, a_prev):
    return dz @ a_prev.T, dz.mean(axis=1, keepdims=True)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate, _backward=dense_backward):
    dW, db = _backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def _chain(first, second, da, z, a_prev):
    return second(first(da, z), a_prev)


sigmoid_layer_backward = functools.partial(_chain, sigmoid_backward, dense_backward)
