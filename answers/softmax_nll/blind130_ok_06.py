# Blind round 130 (written from the release notebook alone, without the tests): scalar math loop sigmoid, 1/(2+2cosh z), broadcast-sum gradient, no-keepdims broadcast softmax, per-column nllm, copy-and-mask relu, sample-loop forward, sign-based relu' with tensordot
# kind: alt
# base: blank
# %% sigmoid
import math

def _sigmoid_scalar(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)

def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.zeros(z.shape)
    for idx in np.ndindex(z.shape):
        out[idx] = _sigmoid_scalar(z[idx])
    return out
# %% sigmoid_der
def sigmoid_der(z):
    # sigma' = 1 / (2 + 2 cosh z)
    with np.errstate(over="ignore"):
        return 1.0 / (2.0 + 2.0 * np.cosh(np.asarray(z, dtype=float)))
# %% nll_gradient
def nll_gradient(x, a, y):
    delta = a - y
    return np.sum(x[:, None, :] * delta[None, :, :], axis=2)
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = np.subtract(z, np.max(z, axis=0))   # (n,N) - (N,) broadcasts over rows
    e = np.exp(shifted)
    return np.divide(e, np.sum(e, axis=0))
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    per_sample = -np.sum(y * np.log(a), axis=0)   # loss of each column (a number for 1-D inputs)
    return float(np.sum(per_sample))
# %% softmax_layer_step
_z = np.dot(W_sm.T, x_sm)          # zero biases
_a = softmax(_z)
nllm_grad = nll_gradient(x_sm, _a, y_sm)
prob_class_2 = _a.ravel()[2]
W_sm_new = W_sm + (-0.5) * nllm_grad
prob_class_2_new = softmax(np.dot(W_sm_new.T, x_sm)).ravel()[2]
# %% relu
def relu(z):
    out = np.array(z, dtype=float, copy=True)
    out[out < 0] = 0.0
    return out
# %% forward
def forward(x, W1, b1, W2, b2):
    N = x.shape[1]
    z1 = np.zeros((W1.shape[1], N))
    z2 = np.zeros((W2.shape[1], N))
    a1 = np.zeros_like(z1)
    for t in range(N):                      # one sample at a time
        z1[:, t] = W1.T @ x[:, t] + b1[:, 0]
    a1 = relu(z1)
    for t in range(N):
        z2[:, t] = W2.T @ a1[:, t] + b2[:, 0]
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = np.subtract(a2, y, dtype=float)
    dW2 = np.tensordot(a1, dz2, axes=(1, 1))
    db2 = np.add.reduce(dz2, axis=1, keepdims=True)
    relu_der = (np.sign(z1) + 1.0) // 2.0   # 1 where z1 > 0, 0 where z1 <= 0
    dz1 = np.matmul(W2, dz2) * relu_der
    dW1 = np.tensordot(x, dz1, axes=(1, 1))
    db1 = np.add.reduce(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
# %% network_forward_worked
hidden_out = forward(x_net, W1, b1, W2, b2)[1]
net_out = forward(x_net, W1, b1, W2, b2)[-1]
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
_dW1, _db1, _dW2, _db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * _dW2
W1_new = W1 - 0.5 * _dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
_z1n, _a1n, _z2n, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
net_out_new = np.ravel(net_out_new)
print("output after the step:", np.ravel(net_out_new))
