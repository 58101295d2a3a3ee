# From an independent tester (round 7): the message said 'a missing or extra transpose'; it names the column bias.
# forward_step adds the bias as a column (b[:, None]) as in Part 1: works only when N == neurons upper, otherwise
# a broadcasting error; in the square case the biases go to the wrong entries.
# fails: test_forward_step: as a bias is in Part 1
# %% forward
def forward_step(y, w, b):
    z = y @ w + b.reshape(-1, 1)
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
