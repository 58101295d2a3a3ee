# From an independent tester (round 124): update_layer rounds the learning rate to 4 decimals (to "keep it tidy"): a rate of 1e-5 or 3e-5, common in
# practice, becomes 0 or 0.0 and the layer never moves. The tests' rates all have at most 4 decimals.
# kind: bug
# fails: test_update_layer
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    learning_rate = round(learning_rate, 4)
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
