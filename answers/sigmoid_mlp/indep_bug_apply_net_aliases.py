# From an independent tester (round 116): apply_net reuses one df buffer per width (dict keyed on the layer's width): layers of equal width share one array, overwritten.
# kind: bug
# fails: test_apply_net: is f'(z) of layer 2, not of layer 1
# %% forward
def forward_step(y, w, b):
    z = y @ w + b
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    buffers = {}
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        key = w.shape[1]
        if key not in buffers:
            buffers[key] = np.empty_like(df)
        buffers[key][...] = df
        y_layer.append(y)
        df_layer.append(buffers[key])
    return y, y_layer, df_layer
