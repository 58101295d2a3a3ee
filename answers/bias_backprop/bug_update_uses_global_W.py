# Steps from the notebook's global W (from the experiment cell) instead of the argument... uses `W_init` global.
# Round 6: the message said only "wrong in all 12 entries".
# fails: test_update_layer: ignores its argument W
# %% update_layer
rng0 = np.random.default_rng(7)
W_init = rng0.normal(size=(4, 3))

def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W_init - learning_rate * dW, b - learning_rate * db
