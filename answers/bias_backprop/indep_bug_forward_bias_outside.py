# dense_forward adds the bias after the activation: a = activation(W a_prev) + b, while z is right.
# fails: test_dense_forward: the bias is added after the activation
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    wa = W @ a_prev
    return wa + b, activation(wa) + b
