# From an independent tester (round 68): every function first asserts each precondition the notebook states or the maths requires; none may fire
# in any call the tests make (round 67: targets scaled out of one-hot made an honest assert refuse a call).
# kind: alt
# Correct solution of every task; each function first asserts the preconditions the notebook states for its arguments.
# %% sigmoid
def _finite(name, v):
    # maths: sigmoid/softmax/gradients of NaN are undefined; the notebook's arrays are real numbers
    assert np.all(np.isfinite(v)), f"{name} must hold finite numbers"

def sigmoid(z):
    z = np.asarray(z)
    # notebook Task 1a: "tests try |z| up to 1000" -> real numbers; NaN has no sigmoid (maths)
    assert not np.any(np.isnan(z)), "sigmoid: z must not contain NaN"
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z)
    # notebook Task 1b: same domain as sigmoid (any real z); NaN undefined (maths)
    assert not np.any(np.isnan(z)), "sigmoid_der: z must not contain NaN"
    s = sigmoid(z)
    return s * (1.0 - s)
# %% nll_gradient
def nll_gradient(x, a, y):
    x = np.asarray(x); a = np.asarray(a); y = np.asarray(y)
    # docstring: x (m, N); a (n, N); y (n, N)
    assert x.ndim == 2, f"nll_gradient: x must be (m, N), got shape {x.shape}"
    assert a.ndim == 2, f"nll_gradient: a must be (n, N), got shape {a.shape}"
    assert y.shape == a.shape, f"nll_gradient: y must have the shape of a {a.shape}, got {y.shape}"
    assert a.shape[1] == x.shape[1], f"nll_gradient: a has {a.shape[1]} samples but x has {x.shape[1]}"
    _finite("nll_gradient: x", x)
    # docstring: y "targets ... 0s and 1s, as floats or as integers"
    assert np.all((y == 0) | (y == 1)), "nll_gradient: y must hold only 0s and 1s"
    # a is a sigmoid/softmax output (Task 1c, section 3): probabilities in [0, 1]
    assert np.all((a >= 0) & (a <= 1)), "nll_gradient: a must hold probabilities in [0, 1]"
    if a.shape[0] > 1:
        # section 3: softmax layer, columns of a sum to one (Task 2a) and y is one-hot (section 2)
        tol = 1e-4 if a.dtype == np.float32 else 1e-6
        assert np.allclose(a.sum(axis=0), 1.0, atol=tol), "nll_gradient: each column of a (softmax output) must sum to 1"
        assert np.all(y.sum(axis=0) == 1), "nll_gradient: each column of y must be one-hot"
    return x @ (a - y).T
# %% softmax
def softmax(z):
    z = np.asarray(z)
    # Task 2a: "z is either a 1-D array of shape (n,) or a batch ... (n, N)"
    assert z.ndim in (1, 2), f"softmax: z must be (n,) or (n, N), got shape {z.shape}"
    assert z.shape[0] >= 1, "softmax: z needs at least one class"
    # maths: softmax of inf/NaN is undefined (tests' large entries are finite: 1000)
    _finite("softmax: z", z)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
# %% nllm
def nllm(a, y):
    a = np.asarray(a); y = np.asarray(y)
    # Task 2b: "a holds softmax outputs and y one-hot targets of the same shape: (n,), (n, 1), or (n, N)"
    assert a.shape == y.shape, f"nllm: a {a.shape} and y {y.shape} must have the same shape"
    assert a.ndim in (1, 2), f"nllm: a must be (n,), (n, 1) or (n, N), got {a.shape}"
    # docstring: a are softmax outputs, "each column sums to one"
    assert np.all((a >= 0) & (a <= 1)), "nllm: a must hold probabilities in [0, 1]"
    tol = 1e-4 if a.dtype == np.float32 else 1e-6
    assert np.allclose(a.sum(axis=0), 1.0, atol=tol), "nllm: each column of a must sum to 1"
    # Task 2b / section 2: y is one-hot
    assert np.all((y == 0) | (y == 1)) and np.all(y.sum(axis=0) == 1), "nllm: each column of y must be one-hot"
    return float(-np.sum(np.log(a[y == 1])))
# %% relu
def relu(z):
    z = np.asarray(z)
    # Task 4a: any shape; maths: max(NaN, 0) undefined
    assert not np.any(np.isnan(z)), "relu: z must not contain NaN"
    return np.maximum(z, 0)
# %% forward
def _check_net(x, W1, b1, W2, b2, fn):
    # Task 4b docstring: x (m, N), W1 (m, h), b1 (h, 1), W2 (h, n), b2 (n, 1)
    assert x.ndim == 2, f"{fn}: x must be (m, N), got {x.shape}"
    assert W1.ndim == 2 and W1.shape[0] == x.shape[0], f"{fn}: W1 must be (m, h) with m = {x.shape[0]}, got {W1.shape}"
    h = W1.shape[1]
    assert b1.shape == (h, 1), f"{fn}: b1 must be ({h}, 1), got {b1.shape}"
    assert W2.ndim == 2 and W2.shape[0] == h, f"{fn}: W2 must be ({h}, n), got {W2.shape}"
    assert b2.shape == (W2.shape[1], 1), f"{fn}: b2 must be ({W2.shape[1]}, 1), got {b2.shape}"
    for nm, v in (("x", x), ("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2)):
        _finite(f"{fn}: {nm}", v)

def forward(x, W1, b1, W2, b2):
    x, W1, b1, W2, b2 = (np.asarray(v) for v in (x, W1, b1, W2, b2))
    _check_net(x, W1, b1, W2, b2, "forward")
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    x, y, W1, b1, W2, b2 = (np.asarray(v) for v in (x, y, W1, b1, W2, b2))
    _check_net(x, W1, b1, W2, b2, "backward")
    # Task 4c docstring: "y (array): one-hot targets, shape (n, N)"
    assert y.shape == (W2.shape[1], x.shape[1]), f"backward: y must be {(W2.shape[1], x.shape[1])}, got {y.shape}"
    assert np.all((y == 0) | (y == 1)) and np.all(y.sum(axis=0) == 1), "backward: each column of y must be one-hot"
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% softmax_layer_step
def _gd_step(W, grad, rate):
    assert rate > 0, "learning rate must be > 0"  # Task 3: step size 0.5
    assert grad.shape == W.shape, f"gradient {grad.shape} must have the shape of W {W.shape}"
    return W - rate * grad
_a = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, _a, y_sm)
prob_class_2 = float(_a[2, 0])
W_sm_new = _gd_step(W_sm, nllm_grad, 0.5)
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
# %% network_forward_worked
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_dW1, _db1, _dW2, _db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = _gd_step(W2, _dW2, 0.5)
W1_new = _gd_step(W1, _dW1, 0.5)
print(W2_new, W1_new)
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
