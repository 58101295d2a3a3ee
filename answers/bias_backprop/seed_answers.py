# The seed homework's answers: its derivation of dC/db = dC/dz, as written there, and the batched
# bias and weight gradients of its sigmoid-MLP solution (.dot, mean(axis=1).reshape(-1, 1), division
# by inputs.shape[1], the sigmoid derivative from the layer output). They are correct: full marks.
# kind: alt
# %% bias_derivation
From the chain rule,
$$\frac{\partial C}{\partial b^m_i} = \sum_{k = 1}^{N^m} \frac{\partial C}{\partial z^m_k} \frac{\partial z^m_k}{\partial b^m_i}$$
All terms of this sum except the one where $k = i$ will be zero, so we have
\begin{align*}
\frac{\partial z^m_i}{\partial b^m_i} &= \frac{\partial}{\partial b^m_i}\left(\sum_{l = 1}^{N^m} W^m_{il} a_l^{m - 1} + b^m_i\right) \\
&= 1, \\
\rightarrow \frac{\partial z^m_i}{\partial b^m_i} &= \begin{cases}
0 & k \ne i \\
1 & k = i
\end{cases}
\end{align*}

The original summation therefore simplifies to
$$\frac{\partial C}{\partial b^m_i} = \frac{\partial C}{\partial z^m_i}$$
# %% sigmoid_backward
def sigmoid_backward(da, z):
    layer_output = 1/(1 + np.exp(-z))
    return da*layer_output*(1 - layer_output)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W.dot(a_prev) + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    weight_gradient = dz.dot(a_prev.T)/a_prev.shape[1]
    bias_gradient = dz.mean(axis=1).reshape(-1, 1)
    return weight_gradient, bias_gradient
