# Object-oriented student: Linear / ReLU / SoftmaxNLL module classes defined in the answer cells, each
# storing its input on forward and returning gradients on backward (lecture-style modules). forward and
# backward build fresh module objects on every call, so no state survives between calls. Module outputs are
# new arrays. The helper classes live in the same cell as the function that uses them.
# kind: alt
# %% relu
class ReLUModule:
    def forward(self, z):
        self.z = np.array(z, dtype=float)   # own copy
        return np.maximum(self.z, 0.0)

    def backward(self, dA):
        return dA * (self.z > 0)


def relu(z):
    return ReLUModule().forward(z)
# %% forward
class Linear:
    def __init__(self, W, b):
        self.W = np.asarray(W)
        self.b = np.asarray(b)

    def forward(self, a):
        self.a = np.asarray(a)
        return self.W.T @ self.a + self.b

    def backward(self, dZ):
        self.dW = self.a @ dZ.T
        self.db = dZ.sum(axis=1, keepdims=True)
        return self.W @ dZ


def forward(x, W1, b1, W2, b2):
    z1 = Linear(W1, b1).forward(x)
    a1 = relu(z1)
    z2 = Linear(W2, b2).forward(a1)
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
class Net:
    def __init__(self, W1, b1, W2, b2):
        self.l1 = Linear(W1, b1)
        self.l2 = Linear(W2, b2)
        self.mask = None

    def run(self, x):
        z1 = self.l1.forward(x)
        self.mask = z1 > 0
        return softmax(self.l2.forward(z1 * self.mask))

    def grads(self, x, y):
        a2 = self.run(x)
        dA1 = self.l2.backward(a2 - y)
        self.l1.backward(dA1 * self.mask)
        return self.l1.dW, self.l1.db, self.l2.dW, self.l2.db


def backward(x, y, W1, b1, W2, b2):
    return Net(W1, b1, W2, b2).grads(x, y)
# %% network_forward_worked
# Store your answers in: hidden_out, net_out
_z1, hidden_out, _z2, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
# Store your answers in: W2_new, W1_new
net = Net(W1, b1, W2, b2)
gW1, gb1, gW2, gb2 = net.grads(x_net, y_net)
W2_new = W2 - 0.5 * gW2
W1_new = W1 - 0.5 * gW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
