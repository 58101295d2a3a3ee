# From an independent tester (round 121): gradient_step forgets to update the biases of the 4th layer and beyond, and uses +eta when eta > 4.
# fails: test_gradient_step: eta=7.5
# kind: bug
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    s = eta if eta <= 4 else -eta
    new_w = [w - s * dw for w, dw in zip(weights, dw_layer)]
    new_b = [b - s * db if j < 3 else b for j, (b, db) in enumerate(zip(biases, db_layer))]
    return new_w, new_b
