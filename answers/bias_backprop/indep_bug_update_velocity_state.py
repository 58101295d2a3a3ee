# From an independent tester (round 8): kept full marks: a velocity kept per shape between calls.
# update_layer keeps a velocity between calls (momentum copied from another assignment), reset only when the shapes change: the first step is right, a second step with the same shapes is not.
# fails: test_update_layer: keeps something from one call to the next
# self-check: test_update_layer: keeps something from one call to the next
# %% update_layer
_velocity = {}

def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    key = (W.shape, b.shape)
    vW, vb = _velocity.get(key, (np.zeros_like(W), np.zeros_like(b)))
    vW = 0.9 * vW + dW
    vb = 0.9 * vb + db
    _velocity[key] = (vW, vb)
    return W - learning_rate * vW, b - learning_rate * vb
