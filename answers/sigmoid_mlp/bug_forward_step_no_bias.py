# Part 2: forward_step forgets the bias (z = y w). apply_net keeps its points: its test uses the reference
# forward_step.
# fails: test_forward_step: the bias b is missing
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
