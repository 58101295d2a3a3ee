# From an independent tester (round 84): MATLAB habits throughout: np.asmatrix, np.dot, np.multiply, explicit column vectors, .A to hand back arrays.
# kind: alt
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        L = len(self.layers)
        X = np.asmatrix(inputs)
        T = np.asmatrix(targets)
        B = np.size(X, 1)              # size(X, 2) in MATLAB
        A = [None] * (L + 1)
        A[0] = X
        for m in range(1, L + 1):      # for m = 1:L
            W = np.asmatrix(self.layers[m - 1].weights)
            b = np.asmatrix(self.layers[m - 1].biases)
            Z = np.dot(W, A[m - 1]) + np.dot(b, np.ones((1, B)))
            A[m] = 1.0 / (1.0 + np.exp(-Z))
        gW = [None] * L
        gb = [None] * L
        D = A[L] - T
        for m in range(L, 0, -1):      # for m = L:-1:1
            gW[m - 1] = (np.dot(D, A[m - 1].T) / B).A
            gb[m - 1] = (np.dot(D, np.ones((B, 1))) / B).A
            if m > 1:
                W = np.asmatrix(self.layers[m - 1].weights)
                D = np.multiply(np.dot(W.T, D), np.multiply(A[m - 1], 1 - A[m - 1]))
        return gW, gb

    def train(self, inputs, targets, learning_rate):
        gW, gb = self.gradients(inputs, targets)
        for m in range(1, len(self.layers) + 1):
            self.layers[m - 1].weights = self.layers[m - 1].weights - learning_rate * np.asarray(gW[m - 1])
            self.layers[m - 1].biases = self.layers[m - 1].biases - learning_rate * np.asarray(gb[m - 1])
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    k = 1
    while k <= n_iterations:
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
        k = k + 1
    return mlp
# %% net_f_df
def net_f_df(z):
    Z = np.asmatrix(np.asarray(z, dtype=float).reshape(1, -1))
    F = 1.0 / (1.0 + np.exp(-Z))
    DF = np.multiply(F, 1.0 - F)
    shape = np.shape(z)
    return F.A1.reshape(shape), DF.A1.reshape(shape)
# %% forward
def forward_step(y, w, b):
    Y = np.asmatrix(y)
    N = np.size(Y, 0)
    Z = np.dot(Y, np.asmatrix(w)) + np.dot(np.ones((N, 1)), np.asmatrix(b).reshape(1, -1))
    f, df = net_f_df(Z.A)
    return f, df


def apply_net(y_in, weights, biases):
    L = len(weights)
    y_layer = [None] * (L + 1)
    df_layer = [None] * L
    y_layer[0] = y_in
    for j in range(1, L + 1):
        y_layer[j], df_layer[j - 1] = forward_step(y_layer[j - 1], weights[j - 1], biases[j - 1])
    return y_layer[L], y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    return np.multiply(np.dot(np.asmatrix(delta), np.asmatrix(w).T), np.asmatrix(df)).A
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    L = len(weights)
    N = np.size(y_target, 0)
    dw = [None] * L
    db = [None] * L
    D = np.multiply(np.asmatrix(y_layer[L] - y_target), np.asmatrix(df_layer[L - 1]))
    for j in range(L, 0, -1):
        dw[j - 1] = (np.dot(np.asmatrix(y_layer[j - 1]).T, D) / N).A
        db[j - 1] = (np.dot(np.ones((1, N)), D) / N).A1
        if j > 1:
            D = np.asmatrix(backward_step(D.A, weights[j - 1], df_layer[j - 2]))
    return dw, db
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    L = len(weights)
    new_w = [None] * L
    new_b = [None] * L
    for j in range(1, L + 1):
        new_w[j - 1] = np.asarray(weights[j - 1]) - eta * np.asarray(dw_layer[j - 1])
        new_b[j - 1] = np.asarray(biases[j - 1]) - eta * np.asarray(db_layer[j - 1])
    return new_w, new_b
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    N = np.size(y_in, 0)
    E = np.asmatrix(y_out - y_target)
    cost = float(np.sum(np.multiply(E, E))) / (2.0 * N)
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
