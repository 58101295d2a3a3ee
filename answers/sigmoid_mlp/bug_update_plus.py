# Part 2: gradient_step adds eta times the gradient (gradient ascent). Only its own test fails: train_net is
# graded with the reference gradient_step.
# fails: test_gradient_step: the step goes uphill
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    weights = [w + eta * dw for w, dw in zip(weights, dw_layer)]
    biases = [b + eta * db for b, db in zip(biases, db_layer)]
    return weights, biases
