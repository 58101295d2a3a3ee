# From an independent tester (round 106): backward built from small Linear/ReLU helper classes of my own, with keyword arguments, using nll_gradient for dW2.
# kind: alt
# score: full
# %% backward
class _Lin:
    def __init__(self, W):
        self.W = W
    def grads(self, a_in, dz):
        return a_in @ dz.T, np.sum(dz, axis=1, keepdims=True), self.W @ dz

def _relu_back(z, da):
    return np.where(z > 0, da, 0.0)

def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x=x, W1=W1, b1=b1, W2=W2, b2=b2)
    dz2 = a2 - y
    dW2 = nll_gradient(a1, a2, y)
    _, db2, da1 = _Lin(W2).grads(a1, dz2)
    dz1 = _relu_back(z1, da1)
    dW1, db1, _ = _Lin(W1).grads(x, dz1)
    return (dW1, db1, dW2, db2)
