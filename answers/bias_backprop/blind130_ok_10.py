# Blind round 130 (written from the release notebook alone, without the tests): Clip at +-700 against overflow (allowed), sigma' as exp(-z)/(1+exp(-z))^2 rewritten 1/(e^{z/2}+e^{-z/2})^2; outer-product broadcasting dW.
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zc = np.clip(z, -700.0, 700.0)
    h = 0.5 * zc
    denom = np.exp(h) + np.exp(-h)
    return da / (denom * denom)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = (W[:, :, None] * a_prev[None, :, :]).sum(axis=1) + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = (dz[:, None, :] * a_prev[None, :, :]).sum(axis=2) / B
    db = (dz.sum(axis=1) / B)[:, None]
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    out = []
    for p, g in ((W, dW), (b, db)):
        out.append(p - learning_rate * g)
    return tuple(out)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
