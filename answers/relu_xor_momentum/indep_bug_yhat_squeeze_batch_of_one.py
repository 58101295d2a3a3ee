# From an independent tester (round 18): the message for a batch of one was the generic IndexError hint ("an off-by-one in a loop?").
# Batch of one: yhat squeezes the output and adds the column back with [:, None]; for n = 1 np.squeeze gives a
# 0-d array and [:, None] raises IndexError (the notebook says one example at a time must work). Only test_yhat
# should lose points (test_decision_grid and the optimisers use the reference yhat), with a message naming a
# batch of one example.
# fails: test_yhat: With a single example, np.squeeze
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    out = sigmoid(relu(X @ W + b) @ v + c)
    return np.squeeze(out)[:, None]
