# From an independent tester (round 81): gradient_step returns (biases, weights): right values, wrong order.
# kind: bug
# Was told "an axis is gone".
# fails: test_gradient_step: returns (biases, weights)
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_w = [w - eta * dw for w, dw in zip(weights, dw_layer)]
    new_b = [b - eta * db for b, db in zip(biases, db_layer)]
    return new_b, new_w
