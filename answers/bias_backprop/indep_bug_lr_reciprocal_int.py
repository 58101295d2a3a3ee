# From an independent tester (round 113): update_layer divides by an integer number of "steps per unit", int(1/learning_rate), so rates like 0.3 become 1/3.
# Its message said "a constant factor 10/9"; it now names int(1/learning_rate).
# kind: bug
# fails: test_update_layer: int(1/learning_rate)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    steps = int(1 / learning_rate)
    dW, db = dense_backward(dz, a_prev)
    return W - dW / steps, b - db / steps
