# From an independent tester (round 16): scipy is not in the grader's kernel; the notebooks now say that only
# numpy, matplotlib and the standard library are. The cell that imports it stops there: sigmoid_backward is undefined.
# fails: test_sigmoid_backward: stopped with ModuleNotFoundError before defining it
# %% sigmoid_backward
from scipy.special import expit


def sigmoid_backward(da, z):
    s = expit(z)
    return np.multiply(da, np.multiply(s, 1 - s))
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    dW = np.tensordot(dz, a_prev, axes=([1], [1])) / B
    db = np.zeros((N, 1))
    rows = np.repeat(np.arange(N), B)
    np.add.at(db, (rows, np.zeros(N * B, dtype=int)), dz.ravel())
    return dW, db / B
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    dW = np.tensordot(dz, a_prev, axes=(1, 1)) / B
    db = dz.sum(axis=-1, keepdims=True) / B
    return W - learning_rate * dW, b - learning_rate * db
