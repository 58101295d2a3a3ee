# From an independent tester (round 79): apply_net returns (y_layer, df_layer, y_out): triple in the wrong order.
# kind: bug
# Was told "y_layer has 2 entries, expected 3".
# fails: test_apply_net: the triple is in another order
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)

def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer, df_layer, y
