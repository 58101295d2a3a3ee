# From an independent tester (round 16): the message said the shapes did not fit, not that the instructor's apply_net takes no y_target.
# train_net relies on an extra keyword argument of the student's own apply_net (y_target=..., which makes it
# also return the cost as a 4th value). Correct in the student's notebook, but section 2.3 says train_net's
# test uses the instructor's apply_net, which has no such argument and returns a triple. A rule violation;
# the fair message would say that train_net passed y_target= / unpacked 4 values from the instructor's
# apply_net. (The extra argument itself, with its default, is fine and apply_net's own test passes.)
# fails: test_train_net: called apply_net with y_target= (something your own
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases, y_target=None):
    y = y_in
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    if y_target is None:
        return y, y_layer, df_layer
    return y, y_layer, df_layer, 0.5 * np.sum((y - y_target) ** 2) / len(y)
# %% train_net
def train_net(y_in, y_target, weights, biases, eta):
    y_out, y_layer, df_layer, cost = apply_net(y_in, weights, biases, y_target=y_target)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    return weights, biases, cost
