# update_layer keeps a global step counter and halves the learning rate after the 10th call (a "learning-rate
# schedule" the student copied from a training loop). The task asks for one plain step with the given
# learning_rate, the same result for the same arguments every time; from the 11th call on the step is half.
# Expected: kept full marks if the grader calls update_layer fewer than 11 times (state between calls,
# only after several calls). Probing with thresholds 1..5 showed it is caught then; >6 is not.
# Round 33: kept the point (the check made six calls); it now makes thirty more.
# fails: test_update_layer: keeps something from one call to the next
# %% update_layer
_step_count = [0]


def update_layer(W, b, dz, a_prev, learning_rate):
    _step_count[0] += 1
    lr = learning_rate * (0.5 if _step_count[0] > 10 else 1.0)
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
