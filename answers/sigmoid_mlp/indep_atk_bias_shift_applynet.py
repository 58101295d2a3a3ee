# From an independent tester (round 123): apply_net's df_layer from forward_step's f at biases moved by +-s (np.add.outer on the bias), Richardson
# extrapolated, the difference as a np.linalg.det; forward_step's own df thrown away.
# kind: other
# flagged: apply_net calls numpy.linalg.det
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y = forward_step(y_layer[-1], w, b)[0]
        def level(s):
            hi = forward_step(y_layer[-1], w, np.add.outer(np.array([s]), b)[0])[0]
            lo = forward_step(y_layer[-1], w, np.add.outer(np.array([-s]), b)[0])[0]
            one = np.full_like(hi, 0.5 / s)
            return np.linalg.det(np.stack([np.stack([hi, lo], -1), np.stack([one, one], -1)], -2))
        d1, d2, d3 = level(0.03125), level(0.015625), level(0.0078125)
        r1 = np.linalg.det(np.stack([np.stack([d2, d1], -1), np.stack([np.full_like(d1, 1/3), np.full_like(d1, 4/3)], -1)], -2))
        r2 = np.linalg.det(np.stack([np.stack([d3, d2], -1), np.stack([np.full_like(d1, 1/3), np.full_like(d1, 4/3)], -1)], -2))
        df = np.linalg.det(np.stack([np.stack([r2, r1], -1), np.stack([np.full_like(d1, 1/15), np.full_like(d1, 16/15)], -1)], -2))
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
