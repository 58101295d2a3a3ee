# Off-by-one: apply_net also stores f'(.) of the input layer (net_f_df(y_in)[1]) as df_layer[0], so
# df_layer has len(weights) + 1 entries and df_layer[j] is f'(z) of layer j instead of j + 1.
# fails: test_apply_net: does it hold one for the input y_in too
# %% forward
def forward_step(y, w, b):
    return net_f_df(np.dot(y, w) + b)


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer = [y_in]
    df_layer = [net_f_df(y_in)[1]]
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
