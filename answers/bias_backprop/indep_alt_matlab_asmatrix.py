# From an independent tester (round 84): MATLAB habits throughout: np.asmatrix, np.multiply for .*, np.dot, ones-column for sum(.,2), results back to arrays with .A.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    Z = np.asmatrix(z)
    S = np.asmatrix(sigmoid(Z.A))
    dz = np.multiply(np.asmatrix(da), np.multiply(S, 1.0 - S))   # da .* s .* (1 - s)
    return dz.A
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    Wm, bm, Am = np.asmatrix(W, dtype=float), np.asmatrix(b, dtype=float), np.asmatrix(a_prev, dtype=float)
    Z = Wm * Am + bm * np.asmatrix(np.ones((1, Am.shape[1])))    # W*A + b*ones(1,B)
    z = Z.A
    return z, np.asarray(activation(z))
# %% dense_backward
def dense_backward(dz, a_prev):
    D, A = np.asmatrix(dz), np.asmatrix(a_prev)
    B = A.shape[1]
    dW = (D * A.T) / B
    db = (D * np.asmatrix(np.ones((B, 1)))) / B                 # sum(D, 2) / B
    return dW.A, db.A
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = np.asmatrix(W) - learning_rate * np.asmatrix(dW)
    b_new = np.asmatrix(b) - learning_rate * np.asmatrix(db)
    return W_new.A, b_new.A
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    S = np.asmatrix(sigmoid(np.asarray(z)))
    D = np.multiply(np.asmatrix(da), np.multiply(S, 1 - S))
    A = np.asmatrix(a_prev)
    B = A.shape[1]
    return (D * A.T / B).A, (D.sum(axis=1) / B).A
