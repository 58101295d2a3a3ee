# From a blind tester (round 128: the release notebook only, no tests read): sigma(z)*sigma(-z) form, dW as (a_prev @ dz.T).T, db via mean()[:, None], update through a scaled step
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    return da * (sigmoid(z) * sigmoid(-z))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = (a_prev.T @ W.T + b.T).T
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = (a_prev @ dz.T).T / a_prev.shape[1]
    db = dz.mean(axis=1)[:, None]
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    step = [learning_rate * g for g in dense_backward(dz, a_prev)]
    return W - step[0], b - step[1]
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    local = sigmoid(z) * sigmoid(-z)
    return dense_backward(da * local, a_prev)
