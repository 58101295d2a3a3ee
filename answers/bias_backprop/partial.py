# A student who did the derivation's first part, the sigmoid step and the forward pass, and stopped there.
# base: blank
# fails: test_dense_backward_dW: NotImplementedError
# fails: test_dense_backward_db: NotImplementedError
# fails: test_update_layer: NotImplementedError
# fails: test_sigmoid_layer: NotImplementedError
# %% bias_derivation
**(a)** $z^m_k = \sum_l W^m_{kl} a^{m-1}_l + b^m_k$, so $\partial z^m_k / \partial b^m_i = 1$ if $k = i$ and $0$ otherwise.
With the chain rule, $\frac{\partial C}{\partial b^m_i} = \sum_k \frac{\partial C}{\partial z^m_k}\frac{\partial z^m_k}{\partial b^m_i} = \frac{\partial C}{\partial z^m_i}$.

**(b)** I did not get to this part.
# %% sigmoid_backward
def sigmoid_backward(da, z):
    sig = sigmoid(z)
    return da * (sig - sig ** 2)   # sigma' = sigma - sigma^2
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    pre = np.matmul(W, a_prev)
    pre += b                       # the column b is broadcast to all samples
    return (pre, activation(pre))
