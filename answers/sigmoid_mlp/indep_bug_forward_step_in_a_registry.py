# From an independent tester (round 9): a forward_step bug cost test_apply_net: reached through a global dict.
# forward_step forgets the bias (z = y w). apply_net is right but reaches forward_step through a module-level
# dict registry, which a grader's reference swap may not reach: only test_forward_step should lose points.
# fails: test_forward_step: bias
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w)


_LAYER_FUNCS = {"sigmoid": forward_step}


def apply_net(y_in, weights, biases):
    step = _LAYER_FUNCS["sigmoid"]
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
