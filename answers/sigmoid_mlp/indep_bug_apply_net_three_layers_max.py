# From an independent tester (round 100): apply_net: loops over at most three layers (range(min(len(weights), 3))), so deeper nets stop early.
# kind: bug
# fails: test_apply_net: the layers after them are missing
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer = [y]
    df_layer = []
    for j in range(min(len(weights), 3)):
        y, df = forward_step(y, weights[j], biases[j])
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
