# Correct: the class keeps extra state that is not a parameter: the last forward pass
# (self.last_activations), a step counter and a cost history, and a per-batch-size cache of ones
# vectors that is always valid. gradients recomputes the forward pass on every call (the cache of
# activations is written, never trusted). train_mlp attaches the XOR output history to the network.
# The Part 2 functions memoise nothing but use a small helper class to hold the forward pass.
# (train_mlp appends to mlp.history, an attribute the student's own SigmoidMLP.__init__ creates.)
# By the course's rule this train_mlp is wrong: graded, it gets the instructor's SigmoidMLP, which has no history
# attribute (a round-13 helper wrote it as correct; the message must say what happened, not hide it).
# fails: test_train_mlp_iterations: the instructor's SigmoidMLP has no attribute 'history'
# fails: test_xor: the instructor's SigmoidMLP has no attribute 'history'
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))
        self.steps = 0
        self.history = []
        self._ones = {}
        self.last_activations = None

    def __call__(self, inputs):
        """The network's output for inputs of shape (layer_widths[0], batch size)."""
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def _ones_column(self, B):
        if B not in self._ones:
            self._ones[B] = np.ones((B, 1))
        return self._ones[B]

    def forward(self, inputs):
        acts = [inputs]
        for layer in self.layers:
            acts.append(layer(acts[-1]))
        self.last_activations = acts
        return acts

    def gradients(self, inputs, targets):
        """Gradients of the batch-averaged cross-entropy cost C; changes no parameter and no argument."""
        acts = self.forward(inputs)
        B = inputs.shape[1]
        ones = self._ones_column(B)
        delta = acts[-1] - targets
        gW = [None] * len(self.layers)
        gb = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            gW[m] = delta @ acts[m].T / B
            gb[m] = delta @ ones / B
            if m > 0:
                delta = (self.layers[m].weights.T @ delta) * (acts[m] - acts[m] ** 2)
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        """One gradient-descent step on the batch (inputs, targets) with self.gradients; shapes as in gradients."""
        gW, gb = self.gradients(inputs, targets)
        for layer, dW, db in zip(self.layers, gW, gb):
            layer.weights = layer.weights - learning_rate * dW
            layer.biases = layer.biases - learning_rate * db
        self.steps += 1
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    """Train SigmoidMLP([2, 4, 1]) on XOR_INPUTS, XOR_TARGETS with n_iterations full-batch steps."""
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
        mlp.history.append(mlp(XOR_INPUTS).ravel())
    return mlp
# %% forward
class _ForwardPass:
    """Holds one forward pass."""

    def __init__(self, y_in):
        self.y_layer = [y_in]
        self.df_layer = []

    def push(self, y, df):
        self.y_layer.append(y)
        self.df_layer.append(df)

    def result(self):
        return self.y_layer[-1], self.y_layer, self.df_layer


def forward_step(y, w, b):
    """One layer: z = y w + b, then the sigmoid."""
    return net_f_df(np.dot(y, w) + b)


def apply_net(y_in, weights, biases):
    """Forward pass through all layers."""
    fp = _ForwardPass(y_in)
    for w, b in zip(weights, biases):
        fp.push(*forward_step(fp.y_layer[-1], w, b))
    return fp.result()
