# Part 2: gradient_step zips (dw_layer, weights), so it computes dw - eta * w for every layer.
# fails: test_gradient_step: weights[0]: the step (old - new) / eta: the parameters and their gradients are swapped
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_weights = [w - eta * dw for w, dw in zip(dw_layer, weights)]
    new_biases = [b - eta * db for b, db in zip(biases, db_layer)]
    return new_weights, new_biases
