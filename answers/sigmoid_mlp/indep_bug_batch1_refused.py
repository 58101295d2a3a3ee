# Bug (over-strict own check): apply_net raises ValueError for a batch of one sample ("need at least 2 samples"),
# a valid input. Only apply_net's test should lose points (train_net is graded with the instructor's apply_net).
# fails: test_apply_net: apply_net(an array of 2 axes with an axis of length 1
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    if y_in.shape[0] < 2:
        raise ValueError(f"apply_net: need at least 2 samples in the batch, got {y_in.shape[0]}")
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
