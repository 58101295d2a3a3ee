# Correct, with sigmoid_layer_backward and update_layer written out instead of calling the other functions, and
# update_layer working in place on its own copies (allowed: the caller's W and b stay as they were).
# kind: alt
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = a_prev.shape[1]
    W_new, b_new = W.copy(), b.copy()
    W_new -= learning_rate * (dz @ a_prev.T) / B
    b_new -= learning_rate * dz.sum(axis=1, keepdims=True) / B
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    a = 1.0 / (1.0 + np.exp(-z))
    delta = da * a * (1.0 - a)
    n = a_prev.shape[1]
    return delta.dot(a_prev.T) / n, delta.sum(axis=1).reshape(-1, 1) / n
