# Part 2: apply_net zips (biases, weights), so forward_step gets a bias vector as w and a weight matrix as b. When
# graded forward_step is the instructor's (guarded): the message names the call and the order of its arguments
# instead of "raised by your apply_net". train_net keeps its points (reference apply_net).
# fails: test_apply_net: it called forward_step(y=y_in = y_layer[0] (shape (4, 2)), w=biases[0] (shape (3,)), b=weights[0] (shape (2, 3))): the arguments are in the wrong order
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(biases, weights):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
