# A student who wraps the network in a small class (stores the forward cache on the instance) and has
# forward/backward create a fresh instance each call, so nothing leaks between calls; softmax memoises
# nothing. The worked cell of section 3 uses a class for the layer too. Correct.
# kind: alt
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    flat = z.ndim == 1
    Z = z[:, None] if flat else z
    E = np.exp(Z - Z.max(axis=0))
    S = E / E.sum(axis=0)
    return S[:, 0] if flat else S
# %% softmax_layer_step
class SoftmaxLayer:
    def __init__(self, W):
        self.W = np.array(W, dtype=float)
    def __call__(self, x):
        self.x = x
        self.a = softmax(self.W.T @ x)
        return self.a
    def grad(self, y):
        return nll_gradient(self.x, self.a, y)
    def step(self, y, rate):
        return SoftmaxLayer(self.W - rate * self.grad(y))

layer = SoftmaxLayer(W_sm)
prob_class_2 = layer(x_sm)[2, 0]
nllm_grad = layer.grad(y_sm)
new_layer = layer.step(y_sm, 0.5)
W_sm_new = new_layer.W
prob_class_2_new = new_layer(x_sm)[2, 0]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% forward
class _Net:
    def __init__(self, W1, b1, W2, b2):
        self.p = (W1, b1, W2, b2)
        self.cache = None
    def run(self, x):
        W1, b1, W2, b2 = self.p
        z1 = W1.T @ x + b1
        a1 = relu(z1)
        z2 = W2.T @ a1 + b2
        self.cache = (z1, a1, z2, softmax(z2))
        return self.cache

def forward(x, W1, b1, W2, b2):
    return _Net(W1, b1, W2, b2).run(x)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    net = _Net(W1, b1, W2, b2)
    z1, a1, z2, a2 = net.run(x)
    d2 = a2 - y
    d1 = (W2 @ d2) * np.greater(z1, 0)
    return x @ d1.T, d1.sum(axis=1, keepdims=True), a1 @ d2.T, d2.sum(axis=1, keepdims=True)
