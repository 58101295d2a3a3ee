# From an independent tester (round 97): forward_step uses w.T when w is square (y @ w.T + b): wrong for square layers, right otherwise.
# kind: bug
# fails: test_forward_step
# %% forward
def forward_step(y, w, b):
    if w.shape[0] == w.shape[1]:
        z = y @ w.T + b
    else:
        z = y @ w + b
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
