# Correct: forward pass written in the row layout and transposed back ((A^T W^T + b^T)^T); helper
# functions; the answer cells also run the student's own small experiments (random arrays, prints,
# asserts) after the definitions, which must not influence grading.
# kind: alt
# %% dense_forward
def _to_rows(x):
    return np.asarray(x).T

def dense_forward(W, b, a_prev, activation):
    z = (_to_rows(a_prev) @ _to_rows(W) + _to_rows(b)).T
    return z, activation(z)

_rng = np.random.default_rng(0)
_Wt, _bt, _At = _rng.normal(size=(2, 3)), _rng.normal(size=(2, 1)), _rng.normal(size=(3, 4))
_zt, _at = dense_forward(_Wt, _bt, _At, np.tanh)
assert _zt.shape == (2, 4) and np.allclose(_zt, _Wt @ _At + _bt)
print("my forward experiment ok")
# %% dense_backward
def _batch_mean_cols(x):
    """Average of the columns of x, as a column."""
    return x.sum(axis=1, keepdims=True) / x.shape[1]

def dense_backward(dz, a_prev):
    dW = _batch_mean_cols(np.stack([np.outer(dz[:, s], a_prev[:, s]) for s in range(dz.shape[1])], axis=2)
                          .reshape(dz.shape[0] * a_prev.shape[0], -1)).reshape(dz.shape[0], a_prev.shape[0])
    return dW, _batch_mean_cols(dz)

_dz = np.arange(6.0).reshape(2, 3)
print("db of my example:", dense_backward(_dz, np.ones((4, 3)))[1].ravel())
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db

_W0, _b0 = np.ones((2, 4)), np.zeros((2, 1))
_W1, _b1 = update_layer(_W0, _b0, _dz, np.ones((4, 3)), 0.5)
print("b after one step:", _b1.ravel(), "(b stays", _b0.ravel(), ")")
