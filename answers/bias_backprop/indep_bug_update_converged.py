# From an independent tester (round 126): update_layer returns copies of W and b unchanged when the largest step is below 1e-5 ("converged"):
# a layer with small gradients never trains.
# kind: bug
# fails: test_update_layer: the step is dropped
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    if max(np.abs(learning_rate * dW).max(), np.abs(learning_rate * db).max()) < 1e-5:
        return W.copy(), b.copy()
    return W - learning_rate * dW, b - learning_rate * db
