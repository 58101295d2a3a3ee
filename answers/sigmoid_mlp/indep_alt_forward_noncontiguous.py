# From an independent tester (round 76): forward_step/apply_net robust to lists, transposed views and slices (np.asarray, np.matmul, never writes into inputs); an experiment cell tries a batch of one and a Fortran-ordered view.
# kind: alt
# %% forward
def forward_step(y, w, b):
    z = np.matmul(np.asarray(y), np.asarray(w)) + np.asarray(b)
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
# %% after forward
_w = [np.random.default_rng(0).uniform(-1, 1, (3, 3)).T, np.ones((3, 1))]
_b = [np.zeros(3), np.zeros(1)]
_y = np.asfortranarray(np.arange(6.0).reshape(3, 2)).T[:, ::1]
print(apply_net(_y[:1], _w, _b)[0].shape, apply_net(_y, _w, _b)[0].shape)
