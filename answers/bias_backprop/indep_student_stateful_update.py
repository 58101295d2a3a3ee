# From an independent tester (round 37).
# Whole student with a Layer-state mindset: a class stores the last forward/backward (correct, recorded only),
# but update_layer returns W_new/b_new that are buffers kept per shape and overwritten by the next call of the
# same shapes (a result handed out earlier changes).
# kind: other
# base: blank
# fails: test_update_layer: that its next call changed
# %% sigmoid_backward
class _State:
    def __init__(self):
        self.log = []
    def keep(self, *arrs):
        self.log.append(tuple(np.array(a, copy=True) for a in arrs))
        del self.log[:-3]
_st = _State()

def sigmoid_backward(da, z):
    s = sigmoid(z)
    dz = da * s * (1 - s)
    _st.keep(da, z, dz)
    return dz
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    a = activation(z)
    _st.keep(z, a)
    return z, a
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW, db = dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
    _st.keep(dW, db)
    return dW, db
# %% update_layer
_params = {}
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    k = (W.shape, b.shape)
    if k not in _params:
        _params[k] = (np.empty(W.shape), np.empty(b.shape))
    W_new, b_new = _params[k]
    np.subtract(W, learning_rate * dW, out=W_new)
    np.subtract(b, learning_rate * db, out=b_new)
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
