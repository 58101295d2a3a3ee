# Part 2: gradient_step uses a hard-coded step size 0.5 instead of eta. The visible check (eta = 0.5) passes; the
# hidden one names the fixed step size (issue 17: not "look at the cost's normalisation"). train_net keeps its
# points (it is graded with the reference gradient_step).
# fails: test_gradient_step: the step is 0.5 x the gradient instead of eta
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    lr = 0.5
    return [w - lr * dw for w, dw in zip(weights, dw_layer)], [b - lr * db for b, db in zip(biases, db_layer)]
