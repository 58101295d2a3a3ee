# From an independent tester (round 56): the message gave only the shapes.
# gradient_step zips biases with dw_layer (typo): b - eta * dw broadcasts (neurons upper,) against
# (neurons lower, neurons upper) into a 2-D "bias" with wrong values; no error is raised.
# kind: bug
# fails: test_gradient_step: stepped with the weight gradients
# self-check: test_gradient_step: stepped with the weight gradients
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_w = [w - eta * dw for w, dw in zip(weights, dw_layer)]
    new_b = [b - eta * db for b, db in zip(biases, dw_layer)]
    return new_w, new_b
