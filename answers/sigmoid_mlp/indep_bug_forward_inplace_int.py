# From an independent tester (round 89): forward_step adds the bias in place (z = y @ w; z += b): with integer inputs and weights z is an integer array, so a float bias raises a casting error (or truncates).
# kind: bug
# fails: test_forward_step: cannot hold the float bias
# %% forward
def forward_step(y, w, b):
    z = y @ w
    z += b
    return net_f_df(z)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
