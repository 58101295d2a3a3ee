# From an independent tester (round 68): every function first asserts each precondition the notebook states or the maths requires; none may fire
# in any call the tests make (round 67: targets scaled out of one-hot made an honest assert refuse a call).
# kind: alt
# Correct solution of every task; each function first asserts every precondition the notebook states or the maths requires (message names the argument).
# %% sigmoid_mlp
class SigmoidMLP:
    def __init__(self, layer_widths):
        """A stack of sigmoid layers; layer_widths = [inputs, hidden widths..., outputs]."""
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def _check_batch(self, inputs, targets):
        # docstring of gradients: inputs shape (layer_widths[0], B), one sample per column
        assert np.ndim(inputs) == 2, f"inputs must be 2-D (layer_widths[0], B), got shape {np.shape(inputs)}"
        assert np.shape(inputs)[0] == self.layers[0].weights.shape[1], \
            f"inputs must have {self.layers[0].weights.shape[1]} rows (layer_widths[0]), got shape {np.shape(inputs)}"
        # a batch of B samples (C = 1/B sum ...): B >= 1
        assert np.shape(inputs)[1] >= 1, "inputs must hold at least one sample (B >= 1)"
        # docstring: targets shape (layer_widths[-1], B)
        assert np.shape(targets) == (self.layers[-1].weights.shape[0], np.shape(inputs)[1]), \
            f"targets must have shape (layer_widths[-1], B) = {(self.layers[-1].weights.shape[0], np.shape(inputs)[1])}, got {np.shape(targets)}"
        # finite values (the maths of the forward pass)
        assert np.all(np.isfinite(inputs)), "inputs must be finite"
        # docstring of gradients: "targets ... values in [0, 1]"; markdown: t_js in [0, 1]
        assert np.all((np.asarray(targets) >= 0) & (np.asarray(targets) <= 1)), \
            f"targets must lie in [0, 1], got min {np.min(targets)} max {np.max(targets)}"

    def gradients(self, inputs, targets):
        self._check_batch(inputs, targets)
        activations = [inputs]
        for layer in self.layers:
            activations.append(layer(activations[-1]))
        B = inputs.shape[1]
        delta = activations[-1] - targets
        weight_gradients = [None] * len(self.layers)
        bias_gradients = [None] * len(self.layers)
        for m in range(len(self.layers) - 1, -1, -1):
            weight_gradients[m] = delta @ activations[m].T / B
            bias_gradients[m] = delta.sum(axis=1, keepdims=True) / B
            if m > 0:
                a = activations[m]
                delta = (self.layers[m].weights.T @ delta) * a * (1 - a)
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        # shapes as in gradients (docstring of train)
        self._check_batch(inputs, targets)
        # gradient descent with learning rate eta: a step *against* the gradient needs eta > 0
        assert np.isfinite(learning_rate) and learning_rate > 0, f"learning_rate must be > 0, got {learning_rate}"
        dW, db = self.gradients(inputs, targets)
        for layer, gw, gb in zip(self.layers, dW, db):
            layer.weights -= learning_rate * gw
            layer.biases -= learning_rate * gb
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    # "takes exactly n_iterations gradient-descent steps"; "With n_iterations = 0 ..." : an integer >= 0
    assert int(n_iterations) == n_iterations and n_iterations >= 0, f"n_iterations must be an integer >= 0, got {n_iterations}"
    # learning rate of gradient descent: > 0
    assert np.isfinite(learning_rate) and learning_rate > 0, f"learning_rate must be > 0, got {learning_rate}"
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(int(n_iterations)):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z)
    # "every z" (|z| up to 1000, where exp overflows): any real number, so only NaN is excluded
    assert not np.any(np.isnan(z)), "z must not contain NaN"
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f)
# %% forward
def forward_step(y, w, b):
    # docstring: y (N, neurons lower), w (neurons lower, neurons upper), b (neurons upper,)
    assert np.ndim(y) == 2, f"y must be 2-D (N, neurons lower), got shape {np.shape(y)}"
    assert np.ndim(w) == 2 and np.shape(w)[0] == np.shape(y)[1], \
        f"w must have shape (neurons lower={np.shape(y)[1]}, neurons upper), got {np.shape(w)}"
    assert np.shape(b) == (np.shape(w)[1],), f"b must have shape (neurons upper,) = {(np.shape(w)[1],)}, got {np.shape(b)}"
    # finite values (maths of z = y w + b)
    assert np.all(np.isfinite(y)), "y must be finite"
    assert np.all(np.isfinite(w)), "w must be finite"
    assert np.all(np.isfinite(b)), "b must be finite"
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    # "There are len(weights) layers above the input": one bias per weight matrix
    assert len(weights) == len(biases), f"weights and biases must have the same length, got {len(weights)} and {len(biases)}"
    # docstring: y_in (N, neurons[0])
    assert np.ndim(y_in) == 2 and np.shape(y_in)[1] == np.shape(weights[0])[0], \
        f"y_in must have shape (N, neurons[0]={np.shape(weights[0])[0]}), got {np.shape(y_in)}"
    # weights[j] (neurons[j], neurons[j+1]) chain
    for j in range(1, len(weights)):
        assert np.shape(weights[j])[0] == np.shape(weights[j - 1])[1], \
            f"weights[{j}] must have {np.shape(weights[j - 1])[1]} rows, got shape {np.shape(weights[j])}"
    y_layer = [y_in]
    df_layer = []
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
# %% backward_step
def backward_step(delta, w, df):
    # docstring: delta (N, neurons upper), w (neurons lower, neurons upper), df (N, neurons lower)
    assert np.ndim(delta) == 2, f"delta must be 2-D (N, neurons upper), got {np.shape(delta)}"
    assert np.ndim(w) == 2 and np.shape(w)[1] == np.shape(delta)[1], \
        f"w must have shape (neurons lower, neurons upper={np.shape(delta)[1]}), got {np.shape(w)}"
    assert np.shape(df) == (np.shape(delta)[0], np.shape(w)[0]), \
        f"df must have shape (N, neurons lower) = {(np.shape(delta)[0], np.shape(w)[0])}, got {np.shape(df)}"
    assert np.all(np.isfinite(delta)), "delta must be finite"
    assert np.all(np.isfinite(w)), "w must be finite"
    # docstring: df is f'(z) of the lower layer, f = sigma (markdown of Part 2): sigma' lies in [0, 1/4]
    assert np.all((np.asarray(df) >= 0) & (np.asarray(df) <= 0.25 + 1e-12)), \
        f"df must be a sigmoid derivative in [0, 0.25], got min {np.min(df)} max {np.max(df)}"
    return (delta @ w.T) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    n_layers = len(weights)
    # docstring: y_layer, df_layer as returned by apply_net: len(weights) + 1 and len(weights) arrays
    assert len(y_layer) == n_layers + 1, f"y_layer must hold len(weights) + 1 = {n_layers + 1} arrays, got {len(y_layer)}"
    assert len(df_layer) == n_layers, f"df_layer must hold len(weights) = {n_layers} arrays, got {len(df_layer)}"
    N = np.shape(y_layer[0])[0]
    # docstring: y_target (N, neurons[-1])
    assert np.shape(y_target) == np.shape(y_layer[-1]), \
        f"y_target must have shape (N, neurons[-1]) = {np.shape(y_layer[-1])}, got {np.shape(y_target)}"
    assert N >= 1, "y_layer[0] must hold at least one sample (N >= 1)"
    for j in range(n_layers):
        # weights[j] shape (neurons[j], neurons[j+1]); y_layer[n] shape (N, neurons[n]); df_layer[j] (N, neurons[j+1])
        assert np.shape(weights[j]) == (np.shape(y_layer[j])[1], np.shape(y_layer[j + 1])[1]), \
            f"weights[{j}] must have shape {(np.shape(y_layer[j])[1], np.shape(y_layer[j + 1])[1])}, got {np.shape(weights[j])}"
        assert np.shape(df_layer[j]) == np.shape(y_layer[j + 1]), \
            f"df_layer[{j}] must have the shape of y_layer[{j + 1}] {np.shape(y_layer[j + 1])}, got {np.shape(df_layer[j])}"
        # y_layer[j+1] are sigmoid outputs: in [0, 1]
        assert np.all((y_layer[j + 1] >= 0) & (y_layer[j + 1] <= 1)), f"y_layer[{j + 1}] must be sigmoid outputs in [0, 1]"
        # df_layer[j] = f'(z) = f(z)(1 - f(z)) of layer j+1 (Part 2 markdown): consistent with y_layer[j+1]
        assert np.allclose(df_layer[j], y_layer[j + 1] * (1 - y_layer[j + 1]), rtol=1e-4, atol=1e-6), \
            f"df_layer[{j}] must be f'(z) = y_layer[{j + 1}] * (1 - y_layer[{j + 1}])"
    assert np.all(np.isfinite(y_target)), "y_target must be finite"
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer = [None] * n_layers
    db_layer = [None] * n_layers
    for j in range(n_layers - 1, -1, -1):
        dw_layer[j] = y_layer[j].T @ delta / N
        db_layer[j] = delta.sum(axis=0) / N
        if j > 0:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    # one gradient per parameter: same lengths and shapes (docstring: "the gradients from backprop")
    assert len(weights) == len(biases) == len(dw_layer) == len(db_layer), \
        "weights, biases, dw_layer and db_layer must have the same length"
    for j in range(len(weights)):
        assert np.shape(dw_layer[j]) == np.shape(weights[j]), f"dw_layer[{j}] must have the shape of weights[{j}]"
        assert np.shape(db_layer[j]) == np.shape(biases[j]), f"db_layer[{j}] must have the shape of biases[{j}]"
    # eta: "the step size (learning rate)" of gradient descent: > 0
    assert np.isfinite(eta) and eta > 0, f"eta must be > 0, got {eta}"
    new_w = [w - eta * dw for w, dw in zip(weights, dw_layer)]
    new_b = [b - eta * db for b, db in zip(biases, db_layer)]
    return new_w, new_b
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    # docstring: y_in (N, neurons[0]); y_target (N, neurons[-1])
    assert np.ndim(y_in) == 2 and np.shape(y_in)[1] == np.shape(weights[0])[0], \
        f"y_in must have shape (N, neurons[0]={np.shape(weights[0])[0]}), got {np.shape(y_in)}"
    assert np.shape(y_target) == (np.shape(y_in)[0], np.shape(weights[-1])[1]), \
        f"y_target must have shape (N, neurons[-1]) = {(np.shape(y_in)[0], np.shape(weights[-1])[1])}, got {np.shape(y_target)}"
    assert len(weights) == len(biases), "weights and biases must have the same length"
    # eta: "the step size": > 0
    assert np.isfinite(eta) and eta > 0, f"eta must be > 0, got {eta}"
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    cost = 0.5 * np.sum((y_out - y_target) ** 2) / y_in.shape[0]
    dw, db = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw, db, eta)
    return weights, biases, cost
