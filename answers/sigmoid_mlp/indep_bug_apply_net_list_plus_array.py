# From an independent tester (round 63): told 'a missing or extra transpose, or an array of another layer?', not list += array.
# apply_net grows its lists with `y_layer += y` / `df_layer += df` instead of append: with an ndarray on the right numpy's add wins, so the list [y_in] is turned into an array and added element-wise (broadcast ValueError, or a (1, N, k) array); forward_step correct.
# kind: bug
# fails: test_apply_net: is what numpy makes of a list holding one array
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y_layer = [y_in]
    df_layer = []
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer += y
        df_layer += df
    return y, y_layer, df_layer
