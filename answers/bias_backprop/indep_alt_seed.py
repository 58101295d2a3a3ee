# From an independent tester (round 92): Transcribed from the seed: cost_partial*layer_output*(1-layer_output), .dot(a.T)/inputs.shape[1], .mean(axis=1).reshape(-1,1), -= grad*lr.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    layer_output = sigmoid(z)
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
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    weight_gradient, bias_gradient = dense_backward(dz, a_prev)
    return W - weight_gradient*learning_rate, b - bias_gradient*learning_rate
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    cost_partial = sigmoid_backward(da, z)
    return dense_backward(cost_partial, a_prev)
