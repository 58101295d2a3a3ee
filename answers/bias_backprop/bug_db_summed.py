# dense_backward sums the per-sample bias gradients over the batch instead of averaging them
# (the gradient of the summed cost, B times too large). Written from scratch, with a short
# derivation that also forgets the 1/B.
# fails: test_dense_backward_db: summed over the batch instead of averaged
# %% bias_derivation
Chain rule: $\frac{\partial C}{\partial b_i} = \sum_k \frac{\partial C}{\partial z_k}\frac{\partial z_k}{\partial b_i}$
and $z_k = \sum_l W_{kl} a_l + b_k$, so $\frac{\partial z_k}{\partial b_i}$ is 1 when $k = i$ and 0 otherwise.
Hence $\frac{\partial C}{\partial b} = \frac{\partial C}{\partial z}$.

For the batch the bias is the same for all samples so we add up the gradients of all samples:
$\frac{\partial C}{\partial b} = \sum_s \delta_s$, i.e. the sum of the columns of $\Delta$, shape $(N, 1)$.
# %% sigmoid_backward
def sigmoid_backward(da, z):
    sig = sigmoid(z)
    deriv = sig * (1 - sig)   # derivative of the sigmoid
    return da * deriv
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    pre = np.dot(W, a_prev) + b   # add bias to all columns
    post = activation(pre)
    return pre, post
# %% dense_backward
def dense_backward(dz, a_prev):
    n_samples = a_prev.shape[1]
    grad_W = np.dot(dz, a_prev.T) / n_samples
    grad_b = np.sum(dz, axis=1, keepdims=True)   # one bias for all samples -> add them up
    return grad_W, grad_b
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    grad_W, grad_b = dense_backward(dz, a_prev)
    return grad_W, grad_b
