# From an independent tester (round 59): gradient_step rebinds the loop variables (w = w - eta * dw) and returns the original lists unchanged: no step is taken.
# kind: bug
# fails: test_gradient_step: rebinds the loop's name w only
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for w, b, dw, db in zip(weights, biases, dw_layer, db_layer):
        w = w - eta * dw
        b = b - eta * db
    return weights, biases
