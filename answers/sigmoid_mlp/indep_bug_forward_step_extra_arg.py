# From an independent tester (round 79): forward_step gets a required extra parameter activation (signature changed) -> TypeError; apply_net passes it, so it breaks with the instructor's forward_step too.
# kind: bug
# Was told only "often a call with the wrong number or kind of arguments".
# fails: test_forward_step: a parameter that nothing was passed for
# fails: test_apply_net
# %% forward
def forward_step(y, w, b, activation):
    return activation(y @ w + b)

def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b, net_f_df)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
