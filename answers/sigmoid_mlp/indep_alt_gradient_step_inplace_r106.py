# From an independent tester (round 106): gradient_step updates the given weight and bias arrays in place (w -= eta * dw), which the prose explicitly allows.
# kind: alt
# score: full
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for w, dw in zip(weights, dw_layer):
        w -= eta * dw
    for b, db in zip(biases, db_layer):
        b -= eta * db
    return weights, biases
