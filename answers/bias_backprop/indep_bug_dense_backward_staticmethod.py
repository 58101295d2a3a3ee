# From an independent tester (round 9): a dense_backward bug cost test_sigmoid_layer: reached through staticmethod(dense_backward).
# Bug in dense_backward only: db flat (N,). update_layer reaches it through a registry dict and
# sigmoid_layer_backward through a class attribute; a fair grader charges only test_dense_backward_db.
# fails: test_dense_backward_db: shape
# %% dense_backward
def dense_backward(dz, a_prev):
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1)
# %% after dense_backward
OPS = {"backward": dense_backward}


class Layer:
    backward = staticmethod(dense_backward)
    act_backward = staticmethod(sigmoid_backward)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = OPS["backward"](dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return Layer.backward(Layer.act_backward(da, z), a_prev)
