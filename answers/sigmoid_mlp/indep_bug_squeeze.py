# AI-assistant style forward_step that "cleans up" shapes with np.squeeze: with one output unit (or a batch of one)
# f(z) and f'(z) lose an axis, (N,) instead of (N, 1). Right for wider layers.
# fails: test_forward_step: f(z) of forward_step for y of shape (1, 3) and w of shape (3, 1) has shape ()
# %% forward
def forward_step(y, w, b):
    """One layer z = y w + b, then the sigmoid; returns (f(z), f'(z))."""
    y = np.asarray(y, dtype=float)
    z = np.squeeze(y @ w + b)   # remove singleton dimensions
    f, df = net_f_df(z)
    return f, df


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
