# From an independent tester (round 106): Part 2 training with assertions on shapes, defensive copies of every input, and a helper class for the update.
# kind: alt
# score: full
# %% gradient_step
class _SGD:
    def __init__(self, eta):
        assert np.isfinite(eta), "eta must be finite"
        self.eta = float(eta)

    def update(self, p, g):
        p = np.array(p, dtype=float, copy=True)
        g = np.asarray(g)
        assert p.shape == g.shape, (p.shape, g.shape)
        return p - self.eta * g


def gradient_step(weights, biases, dw_layer, db_layer, eta):
    assert len(weights) == len(dw_layer) == len(biases) == len(db_layer)
    opt = _SGD(eta)
    return [opt.update(w, dw) for w, dw in zip(weights, dw_layer)], [opt.update(b, db) for b, db in zip(biases, db_layer)]
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_in = np.array(y_in, copy=True)
    y_target = np.array(y_target, copy=True)
    assert y_in.shape[0] == y_target.shape[0], "one target row per input row"
    y_out, y_layer, df_layer = apply_net(y_in, [w.copy() for w in weights], [b.copy() for b in biases])
    N = y_in.shape[0]
    cost = float(np.sum((y_out - y_target) ** 2) / (2 * N))
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
