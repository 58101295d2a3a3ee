# From an independent tester (round 123): update_layer: gets dC/db not from a derivation but from the linear cost's response to b = 1 vs b = 0 through
# the instructor's dense_backward-free cost (an exact finite difference of a linear function).
# kind: other
# flagged: update_layer takes the difference of a function at ones and at zeros
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = a_prev.shape[1]
    lin = lambda shift: (dz * (W @ a_prev + b + shift)).sum(axis=1, keepdims=True) / B
    db = lin(1.0) - lin(0.0)
    dW = dz @ a_prev.T / B
    return W - learning_rate * dW, b - learning_rate * db
