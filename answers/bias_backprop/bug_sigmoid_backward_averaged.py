# sigmoid_backward divides by the batch size ("the cost is averaged"), but this step must not average: each
# column keeps its own sample's gradient, and dense_backward averages once.
# fails: test_sigmoid_backward: sigmoid_backward must not average
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * s * (1 - s) / z.shape[1]
