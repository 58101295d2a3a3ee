# Correct, returning every pair as a list instead of a tuple (the notebook accepts a tuple or a list of two).
# kind: alt
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    return [z, activation(z)]
# %% dense_backward
def dense_backward(dz, a_prev):
    return [dz @ a_prev.T / a_prev.shape[1], dz.mean(axis=1, keepdims=True)]
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    return [p - learning_rate * g for p, g in zip([W, b], dense_backward(dz, a_prev))]
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return list(dense_backward(sigmoid_backward(da, z), a_prev))
