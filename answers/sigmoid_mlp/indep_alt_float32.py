# From an independent tester (round 106): Part 2 forward functions computing in float32 throughout (the prose accepts float32).
# kind: alt
# score: full
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z).astype(np.float32)
    f = np.float32(1) / (np.float32(1) + np.exp(-z))
    return f, f * (np.float32(1) - f)
# %% forward
def forward_step(y, w, b):
    z = np.asarray(y, dtype=np.float32) @ np.asarray(w, dtype=np.float32) + np.asarray(b, dtype=np.float32)
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
