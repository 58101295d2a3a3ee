# From a blind tester (round 128: the release notebook only, no tests read): clip z at +-700 against overflow (allowed), average first then multiply: dW = (dz/B) @ a_prev.T
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zc = np.clip(z, -700.0, 700.0)
    s = 1.0 / (1.0 + np.exp(-zc))
    return da * s * (1.0 - s)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    Wa = W @ a_prev
    z = Wa + np.broadcast_to(b, Wa.shape)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    scaled = dz / dz.shape[1]          # the 1/B of the averaged cost, applied once
    return scaled @ a_prev.T, scaled.sum(axis=1, keepdims=True)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = W - learning_rate * dW
    b_new = b - learning_rate * db.reshape(b.shape)
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    zc = np.clip(z, -700.0, 700.0)
    s = 1.0 / (1.0 + np.exp(-zc))
    dz = da * s * (1.0 - s)
    return dense_backward(dz, a_prev)
