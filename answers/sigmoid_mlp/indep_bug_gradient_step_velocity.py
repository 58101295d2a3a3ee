# From an independent tester (round 8): kept full marks: a velocity kept between calls.
# A velocity left over from the momentum homework, kept on the function between calls: the first step is plain
# gradient descent, every later step adds 0.9 times the previous step's gradient.
# fails: test_gradient_step: from one call to the next
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    if not hasattr(gradient_step, "velocity") or len(gradient_step.velocity) != len(dw_layer) + len(db_layer):
        gradient_step.velocity = [np.zeros_like(g) for g in list(dw_layer) + list(db_layer)]
    grads = list(dw_layer) + list(db_layer)
    v = gradient_step.velocity
    for i, g in enumerate(grads):
        if v[i].shape != g.shape:
            v[i] = np.zeros_like(g)
        v[i] = 0.9 * v[i] + g
    L = len(weights)
    new_w = [w - eta * v[i] for i, w in enumerate(weights)]
    new_b = [b - eta * v[L + i] for i, b in enumerate(biases)]
    return new_w, new_b
