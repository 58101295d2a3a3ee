# From an independent tester (round 78): Slip: update applied before the gradient is computed: steps with the gradient saved from the previous call
# (zero on the first call), then computes and stores this call's gradient.
# kind: bug
# Was told "W is not updated (its step is missing)" while the code has a step.
# fails: test_update_layer: or taken with a gradient not computed yet
# %% update_layer
_grad = {"dW": 0.0, "db": 0.0}

def update_layer(W, b, dz, a_prev, learning_rate):
    W_new = W - learning_rate * _grad["dW"]
    b_new = b - learning_rate * _grad["db"]
    _grad["dW"], _grad["db"] = dense_backward(dz, a_prev)
    return W_new, b_new
