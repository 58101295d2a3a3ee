# From an independent tester (round 123): forward_step's df by Richardson central differences of net_f_df's f, the difference taken by np.cross of
# (f(z+s), 1) and (f(z-s), 1) (= f(z+s) - f(z-s)), the points built with np.add.outer.
# kind: other
# flagged: forward_step calls numpy.cross
# %% forward
def forward_step(y, w, b):
    z = y @ w + b
    f = net_f_df(z)[0]
    u = -np.abs(z)
    def level(s):
        v = net_f_df(np.add.outer(np.array([s, -s]), u))[0]
        return np.cross(np.stack([v[0], np.ones_like(v[0])], -1), np.stack([v[1], np.ones_like(v[1])], -1)) * (0.5 / s)
    d1, d2, d3 = level(0.03125), level(0.015625), level(0.0078125)
    r1 = np.cross(np.stack([d2, np.full_like(d2, 1/3)], -1), np.stack([d1, np.full_like(d1, 4/3)], -1)) * -1.0
    r2 = np.cross(np.stack([d3, np.full_like(d3, 1/3)], -1), np.stack([d2, np.full_like(d2, 4/3)], -1)) * -1.0
    df = np.cross(np.stack([r2, np.full_like(r2, 1/15)], -1), np.stack([r1, np.full_like(r1, 16/15)], -1)) * -1.0
    return f, df


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
