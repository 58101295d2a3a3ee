# dense_forward always applies the sigmoid instead of the activation it is given: the visible check (which
# passes sigmoid) passes, the hidden ones with tanh and others fail and say why.
# fails: test_dense_forward: use the function passed as the argument `activation`
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    return z, sigmoid(z)
