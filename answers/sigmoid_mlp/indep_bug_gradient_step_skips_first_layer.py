# From an independent tester (round 76): gradient_step loops range(1, len(weights)): the first layer is never updated; should lose test_gradient_step only (train_net is graded with the instructor's gradient_step).
# kind: bug
# fails: test_gradient_step
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    weights, biases = list(weights), list(biases)
    for j in range(1, len(weights)):
        weights[j] = weights[j] - eta * dw_layer[j]
        biases[j] = biases[j] - eta * db_layer[j]
    return weights, biases
