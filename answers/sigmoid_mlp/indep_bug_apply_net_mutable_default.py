# From an independent tester (round 74): apply_net takes y_layer=[] / df_layer=[] as mutable default keyword arguments: the lists keep growing from one call to the next.
# kind: bug
# fails: test_apply_net
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases, y_layer=[], df_layer=[]):
    y_layer.append(y_in)
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
