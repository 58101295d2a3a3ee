# Chained assignment y_layer = df_layer = [] makes both names the same list: every append goes into
# one list, so y_layer and df_layer are the same (interleaved, too long) object. Visible shapes of y_out
# are right.
# fails: test_apply_net: append to one list what belongs in two
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y_layer = df_layer = []
    y_layer.append(y_in)
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
