# Part 2: net_f_df applies the derivative formula to f instead of z, returning sigma'(sigma(z)). Every
# df_layer entry is wrong, so apply_net and train_net inherit the bug; backprop itself is right.
# fails: test_net_f_df: sigma'(sigma(z)): the derivative is taken at f = sigma(z)
# fails: test_forward: sigma'(sigma(z))
# fails: test_train_net: sigma'(sigma(z))
# %% net_f_df
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def net_f_df(z):
    f = sigmoid(z)
    df = sigmoid(f) * (1 - sigmoid(f))
    return f, df
