# backward averages the gradients over the batch (divides by N), although the loss is summed. The worked
# step has one sample, so it keeps its points.
# fails: test_backward: the gradients are averaged over the N=3 samples
# %% backward
def backward(x, y, W1, b1, W2, b2):
    N = x.shape[1]
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = (a2 - y) / N
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, np.sum(dz2, axis=1, keepdims=True)
