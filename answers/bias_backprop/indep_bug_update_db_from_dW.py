# From an independent tester (round 35).
# update_layer uses the weight gradient for the bias: b - lr * dW.sum(axis=1, keepdims=True) (gradient of one
# parameter given for another).
# fails: test_update_layer: b moves by the row sums of dW, not by db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * dW.sum(axis=1, keepdims=True)
