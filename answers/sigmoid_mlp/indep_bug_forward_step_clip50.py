# From an independent tester (round 128): forward_step clips z to [-50, 50] "against overflow" before net_f_df: f and df wrong for |z| > 50
# (sigma(-1000) comes out 2e-22 instead of 0, sigma'(-60) 1e4 times too large).
# kind: bug
# fails: test_forward_step: far above it
# %% forward
def forward_step(y, w, b):
    return net_f_df(np.clip(y @ w + b, -50.0, 50.0))


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
