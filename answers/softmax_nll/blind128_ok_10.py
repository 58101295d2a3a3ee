# From a blind tester (round 128: the release notebook only, no tests read): Explicit index loops: math-module scalar sigmoid with sign branch, triple-loop gradient and linear layers, loop-based softmax and backward.
# kind: alt
# base: blank
# %% sigmoid
import math


def _sig_scalar(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def sigmoid(z):
    """Element by element with a branch on the sign, so math.exp never overflows."""
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    for idx in np.ndindex(z.shape):
        out[idx] = _sig_scalar(float(z[idx]))
    return out
# %% sigmoid_der
def sigmoid_der(z):
    """sigma(z) (1 - sigma(z)), element by element."""
    s = sigmoid(z)
    out = np.empty(s.shape)
    for idx in np.ndindex(s.shape):
        out[idx] = s[idx] * (1.0 - s[idx])
    return out
# %% nll_gradient
def nll_gradient(x, a, y):
    """grad[k, j] = sum_t x[k, t] (a[j, t] - y[j, t]), with explicit loops."""
    x = np.asarray(x, dtype=float)
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    m, N = x.shape
    n = a.shape[0]
    grad = np.zeros((m, n))
    for k in range(m):
        for j in range(n):
            s = 0.0
            for t in range(N):
                s += x[k, t] * (a[j, t] - y[j, t])
            grad[k, j] = s
    return grad
# %% softmax
import math


def softmax(z):
    """Stable softmax with loops over columns and entries."""
    z = np.asarray(z, dtype=float)
    flat = z.ndim == 1
    zz = z.reshape(z.shape[0], -1)
    n, N = zz.shape
    out = np.empty((n, N))
    for t in range(N):
        top = max(zz[i, t] for i in range(n))
        exps = [math.exp(zz[i, t] - top) for i in range(n)]
        total = sum(exps)
        for i in range(n):
            out[i, t] = exps[i] / total
    return out.ravel() if flat else out
# %% nllm
import math


def nllm(a, y):
    """-sum y log a, entry by entry (skipping y == 0 entries)."""
    a = np.asarray(a, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    total = 0.0
    for ai, yi in zip(a, y):
        if yi != 0:
            total -= yi * math.log(ai)
    return total
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
STEP = 0.5
_a_before = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, _a_before, y_sm)
prob_class_2 = float(_a_before[2][0])
W_sm_new = W_sm + (-STEP) * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2][0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    """ReLU, element by element: max(z, 0). Any shape; z is not modified."""
    z = np.asarray(z)
    out = np.array(z, copy=True)
    for idx in np.ndindex(z.shape):
        if out[idx] < 0:
            out[idx] = 0
    return out
# %% forward
def _lin(W, b, inp):
    m, n = W.shape
    N = inp.shape[1]
    out = np.empty((n, N))
    for j in range(n):
        for t in range(N):
            out[j, t] = sum(W[k, j] * inp[k, t] for k in range(m)) + b[j, 0]
    return out


def forward(x, W1, b1, W2, b2):
    """Forward pass with explicit sums."""
    z1 = _lin(W1, b1, x)
    a1 = relu(z1)
    z2 = _lin(W2, b2, a1)
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Backward pass with explicit loops over units and samples."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    m, h = W1.shape
    n = W2.shape[1]
    N = x.shape[1]
    dW1 = np.zeros((m, h)); db1 = np.zeros((h, 1))
    dW2 = np.zeros((h, n)); db2 = np.zeros((n, 1))
    for t in range(N):
        d2 = [a2[j, t] - y[j, t] for j in range(n)]
        for j in range(n):
            db2[j, 0] += d2[j]
            for k in range(h):
                dW2[k, j] += a1[k, t] * d2[j]
        for k in range(h):
            d1 = sum(W2[k, j] * d2[j] for j in range(n)) if z1[k, t] > 0 else 0.0
            db1[k, 0] += d1
            for i in range(m):
                dW1[i, k] += x[i, t] * d1
    return dW1, db1, dW2, db2
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
dW1, db1, dW2, db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
W1_new = W1 - 0.5 * dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
# Store your answer in: net_out_new
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
