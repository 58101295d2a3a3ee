# Blind round 132 (written from the release notebook alone, without the tests): float32 inputs cast once, log-space sigma' = exp(-(logaddexp(0,z)+logaddexp(0,-z))), einsum, results cast back to float64
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zf = z.astype(np.float32)
    log_sp = -(np.logaddexp(np.float32(0), zf) + np.logaddexp(np.float32(0), -zf))
    return (da.astype(np.float32) * np.exp(log_sp)).astype(np.float64)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    Wf, bf, Af = (np.asarray(x).astype(np.float32) for x in (W, b, a_prev))
    z = np.einsum('ij,jk->ik', Wf, Af) + bf
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    d = np.asarray(dz).astype(np.float32)
    A = np.asarray(a_prev).astype(np.float32)
    B = d.shape[1]
    dW = np.einsum('nb,pb->np', d, A) / B
    db = np.einsum('nb->n', d)[:, np.newaxis] / B
    return dW.astype(np.float64), db.astype(np.float64)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    grads = dense_backward(dz, a_prev)
    W_new = np.subtract(W, np.multiply(learning_rate, grads[0]))
    b_new = np.subtract(b, np.multiply(learning_rate, np.reshape(grads[1], (-1, 1))))
    return [W_new, b_new]
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    zf = np.asarray(z).astype(np.float32)
    sp = np.exp(-np.logaddexp(0.0, zf) - np.logaddexp(0.0, -zf)).astype(np.float32)
    d = (np.asarray(da).astype(np.float32) * sp)
    Af = np.asarray(a_prev).astype(np.float32)
    B = d.shape[1]
    dW = np.einsum('ib,jb->ij', d, Af) / B
    db = np.einsum('ib->i', d).reshape(-1, 1) / B
    return dW.astype(np.float64), db.astype(np.float64)
