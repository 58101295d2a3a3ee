# backward returns dW2 transposed, (dL/dz2) a1^T of shape (n, h). The worked step W2 - 0.5 * dW2 then
# fails to broadcast, so W2_new, W1_new and the output after the step are never stored; their tests say
# which function to fix.
# fails: test_backward: transposed: it equals the transpose of the true gradient
# fails: test_W2_update: the cell network_update_worked did not store it. It stopped with ValueError. It builds on your backward, which does not work yet
# fails: test_W1_update: It builds on your backward, which does not work yet
# fails: test_output_after: It builds on W1_new, which is not defined either
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), dz2 @ a1.T, np.sum(dz2, axis=1, keepdims=True)
