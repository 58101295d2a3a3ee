# Functions bound as default arguments (def backward(..., fwd=forward)), so that the student's own
# functions are used even if the names change later: correct, and must keep every point.
# kind: alt
# %% sigmoid_der
def sigmoid_der(z, s=sigmoid):
    return s(z) * (1 - s(z))
# %% forward
def forward(x, W1, b1, W2, b2, act=relu, out=softmax):
    z1 = W1.T @ x + b1
    a1 = act(z1)
    z2 = W2.T @ a1 + b2
    return z1, a1, z2, out(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2, fwd=forward):
    z1, a1, z2, a2 = fwd(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = W2 @ dz2 * (z1 > 0)
    return x @ dz1.T, dz1.sum(1, keepdims=True), a1 @ dz2.T, dz2.sum(1, keepdims=True)
