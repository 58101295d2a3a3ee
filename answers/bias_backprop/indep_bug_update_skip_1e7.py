# From an independent tester (round 126): update_layer drops steps below 1e-7 in size ("converged, don't bother"): near convergence nothing moves.
# kind: bug
# fails: test_update_layer: the step is dropped
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    sW, sb = learning_rate * dW, learning_rate * db
    sW[np.abs(sW) < 1e-7] = 0.0
    sb[np.abs(sb) < 1e-7] = 0.0
    return W - sW, b - sb
