# From an independent tester (round 86): update_layer adds an early return "for speed": when the mean |dz| is below 1e-3 it returns W and b themselves (the arguments, not new arrays, and the small step is skipped).
# kind: bug
# fails: test_update_layer
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    if learning_rate == 0 or np.abs(dz).mean() < 1e-3:
        return W, b
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
