# From an independent tester (round 106): Explicit Python loops over units and samples everywhere, math.exp on the safe side of 0.
# kind: alt
# score: full
# %% sigmoid_backward
import math

def sigmoid_backward(da, z):
    da = np.asarray(da, dtype=float)
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            e = math.exp(-abs(z[i, j]))
            out[i, j] = da[i, j] * e / (1.0 + e) ** 2
    return out
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    N, Np = W.shape
    B = a_prev.shape[1]
    z = np.zeros((N, B))
    for i in range(N):
        for s in range(B):
            acc = b[i, 0]
            for k in range(Np):
                acc += W[i, k] * a_prev[k, s]
            z[i, s] = acc
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    Np = a_prev.shape[0]
    dW = np.zeros((N, Np))
    db = np.zeros((N, 1))
    for s in range(B):
        for i in range(N):
            db[i, 0] += dz[i, s]
            for k in range(Np):
                dW[i, k] += dz[i, s] * a_prev[k, s]
    return dW / B, db / B
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = np.array(W, dtype=float)
    b_new = np.array(b, dtype=float)
    for i in range(W.shape[0]):
        for k in range(W.shape[1]):
            W_new[i, k] = W[i, k] - learning_rate * dW[i, k]
        b_new[i, 0] = b[i, 0] - learning_rate * db[i, 0]
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
