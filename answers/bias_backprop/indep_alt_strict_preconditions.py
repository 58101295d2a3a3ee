# From an independent tester (round 68): every function first asserts each precondition the notebook states or the maths requires; none may fire
# in any call the tests make (round 67: targets scaled out of one-hot made an honest assert refuse a call).
# kind: alt
# Reference maths for every task; each function first asserts every precondition the release notebook states or implies.
# %% sigmoid_backward
def _strict_2d(name, x):
    # notebook: every array argument is a matrix, "shape (N, B)" / "(N_prev, B)" / "(N, N_prev)" / "(N, 1)"
    assert np.ndim(x) == 2, f"{name} must be 2-D, got shape {np.shape(x)}"
    # maths: gradients, pre-activations, inputs and parameters are real numbers
    assert np.all(np.isfinite(x)), f"{name} must hold finite values"


def sigmoid_backward(da, z):
    _strict_2d("da", da)  # docstring: da shape (N, B)
    _strict_2d("z", z)    # docstring: z shape (N, B); section 2: |z| up to 1000 (finite)
    assert np.shape(da) == np.shape(z), f"da {np.shape(da)} and z {np.shape(z)} must have the same shape (N, B)"
    s = sigmoid(z)
    return da * s * (1 - s)


# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    _strict_2d("W", W)            # docstring: W shape (N, N_prev)
    _strict_2d("b", b)            # docstring: b shape (N, 1)
    _strict_2d("a_prev", a_prev)  # docstring: a_prev shape (N_prev, B); may hold integers (test comment)
    assert np.shape(b) == (np.shape(W)[0], 1), f"b must be a column (N, 1) with N = W.shape[0], got {np.shape(b)}"
    assert np.shape(a_prev)[0] == np.shape(W)[1], f"a_prev rows {np.shape(a_prev)[0]} must equal W columns (N_prev)"
    assert callable(activation), "activation must be an element-wise function"  # section 3
    z = W @ a_prev + b
    return z, activation(z)


# %% dense_backward
def dense_backward(dz, a_prev):
    _strict_2d("dz", dz)          # docstring: dz shape (N, B)
    _strict_2d("a_prev", a_prev)  # docstring: a_prev shape (N_prev, B)
    assert np.shape(dz)[1] == np.shape(a_prev)[1], f"dz {np.shape(dz)} and a_prev {np.shape(a_prev)} must share B"
    assert np.shape(dz)[1] >= 1, "batch size B must be at least 1"  # C = (1/B) sum_s C_s needs B >= 1
    B = np.shape(dz)[1]
    return dz @ a_prev.T / B, np.sum(dz, axis=1, keepdims=True) / B


# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    _strict_2d("W", W)            # docstring: W shape (N, N_prev)
    _strict_2d("b", b)            # docstring: b shape (N, 1)
    _strict_2d("dz", dz)          # docstring: dz shape (N, B)
    _strict_2d("a_prev", a_prev)  # docstring: a_prev shape (N_prev, B)
    assert np.shape(b) == (np.shape(W)[0], 1), f"b must be (N, 1) with N = W.shape[0], got {np.shape(b)}"
    assert np.shape(dz)[0] == np.shape(W)[0], f"dz rows {np.shape(dz)[0]} must equal N = W.shape[0]"
    assert np.shape(a_prev)[0] == np.shape(W)[1], f"a_prev rows must equal N_prev = W.shape[1]"
    assert np.shape(dz)[1] == np.shape(a_prev)[1], "dz and a_prev must share the batch size B"
    # section 5: "the learning rate eta", gradient descent moves *against* the gradient: eta > 0, finite
    assert np.isscalar(learning_rate) or np.ndim(learning_rate) == 0, "learning_rate must be a number"
    assert np.isfinite(learning_rate) and learning_rate > 0, f"learning_rate must be > 0, got {learning_rate}"
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db


# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    _strict_2d("da", da)          # docstring: da shape (N, B)
    _strict_2d("z", z)            # docstring: z shape (N, B); section 6: |z| up to 1000
    _strict_2d("a_prev", a_prev)  # docstring: a_prev shape (N_prev, B)
    assert np.shape(da) == np.shape(z), f"da {np.shape(da)} and z {np.shape(z)} must both be (N, B)"
    assert np.shape(a_prev)[1] == np.shape(z)[1], f"a_prev {np.shape(a_prev)} must share B with z {np.shape(z)}"
    return dense_backward(sigmoid_backward(da, z), a_prev)
