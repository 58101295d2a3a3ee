# Part 2: apply_net keeps only the layers' values in y_layer, not the input, so y_layer has one entry too few
# (backprop then needs y_layer[0] = y_in for the first layer's dw).
# fails: test_apply_net: y_layer has 2 entries, expected 3
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y, y_layer, df_layer = y_in, [], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
