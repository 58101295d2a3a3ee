# From an independent tester (round 95): gradient_step in place (np.subtract out=) with asserts; train_net with defensive copies, eta default, float cost via einsum.
# kind: alt
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta=0.1):
    assert len(weights) == len(dw_layer) == len(biases) == len(db_layer)
    for j in range(len(weights)):
        if not np.issubdtype(np.asarray(weights[j]).dtype, np.floating):
            weights[j] = np.asarray(weights[j], dtype=float)
            biases[j] = np.asarray(biases[j], dtype=float)
        np.subtract(weights[j], eta * dw_layer[j], out=weights[j])
        np.subtract(biases[j], eta * db_layer[j], out=biases[j])
    return weights, biases
# %% train_net
def train_net(y_in, y_target, weights, biases, eta=0.1):
    weights = [np.array(w, dtype=float) for w in weights]
    biases = [np.array(b, dtype=float) for b in biases]
    y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
    diff = y_out - y_target
    cost = float(np.einsum('ij,ij->', diff, diff) / (2 * y_in.shape[0]))
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
# %% after train_net
# experiment: a learning rate large enough for the loss to go up, batch of one, rebinding names
_w = [np.random.default_rng(3).uniform(-1, 1, (2, 2)), np.random.default_rng(4).uniform(-1, 1, (2, 1))]
_b = [np.zeros(2), np.zeros(1)]
x1 = np.array([[0.3, -0.2]]); t1 = np.array([[0.9]])
for eta in (0.0, 1.0, 500.0):
    w2, b2, c = train_net(x1, t1, _w, _b, eta)
    print(eta, c, apply_net(x1, w2, b2)[0])
weights = biases = cost = None
