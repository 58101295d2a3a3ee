# A copy of bug_db_summed with the variables renamed and the comments reworded (a plagiarism pair for
# the similarity report); it gets the same grades.
# fails: test_dense_backward_db: summed over the batch instead of averaged
# %% bias_derivation
By the chain rule $\frac{\partial C}{\partial b_j} = \sum_k \frac{\partial C}{\partial z_k}\frac{\partial z_k}{\partial b_j}$,
and since $z_k = \sum_l W_{kl} a_l + b_k$ the factor $\frac{\partial z_k}{\partial b_j}$ equals 1 for $k = j$ and 0 otherwise.
So $\frac{\partial C}{\partial b} = \frac{\partial C}{\partial z}$.

With a batch every sample shares the bias, so the gradients of the samples are added:
$\frac{\partial C}{\partial b} = \sum_s \delta_s$, the sum of the columns of $\Delta$, of shape $(N, 1)$.
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    slope = s * (1 - s)   # sigmoid'
    return da * slope
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    lin = np.dot(W, a_prev) + b   # bias goes to every column
    out = activation(lin)
    return lin, out
# %% dense_backward
def dense_backward(dz, a_prev):
    m = a_prev.shape[1]
    gW = np.dot(dz, a_prev.T) / m
    gb = np.sum(dz, axis=1, keepdims=True)   # shared bias: add up all samples
    return gW, gb
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    gW, gb = dense_backward(dz, a_prev)
    return gW, gb
