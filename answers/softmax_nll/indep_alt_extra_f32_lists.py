# From an independent tester (round 43).
# Extra probe (not one of the ten): a student who computes in float32 (allowed by the prose) and returns lists
# (allowed: "a list of the same length is accepted"); worked answers stored as Python lists/floats.
# Lost test_backward before round 43: the ReLU-at-0 check held a float64 result to 1e-9 (float32 rounding).
# kind: alt
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    with np.errstate(over="ignore"):
        return (1 / (1 + np.exp(-z))).astype(np.float32)
# %% nll_gradient
def nll_gradient(x, a, y):
    return (np.asarray(x, np.float32) @ (np.asarray(a, np.float32) - np.asarray(y, np.float32)).T)
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = (W1.T @ x + b1).astype(np.float32)
    a1 = relu(z1)
    z2 = (W2.T @ a1 + b2).astype(np.float32)
    return [z1, a1, z2, softmax(z2)]
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    d2 = (a2 - y).astype(np.float32)
    d1 = (W2 @ d2) * (z1 > 0)
    return [x @ d1.T, d1.sum(axis=1, keepdims=True), a1 @ d2.T, d2.sum(axis=1, keepdims=True)]
# %% network_forward_worked
_o = forward(x_net, W1, b1, W2, b2)
hidden_out = np.ravel(_o[1]).tolist()
net_out = np.ravel(_o[3]).tolist()
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
