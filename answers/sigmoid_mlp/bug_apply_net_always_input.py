# Part 2: apply_net feeds y_in to every layer (y_layer[0] where y_layer[-1] belongs). On the visible network the
# second layer's weights do not fit y_in: the message says which values the layer must take.
# fails: test_apply_net: weights[1] belongs to the layer whose input is y_layer[1]
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[0], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
