# Part 2: net_f_df applies the derivative formula to f instead of z, returning sigma'(sigma(z)). Only its own
# test fails (issue 17: the derivative at the activation is named): forward_step, apply_net and train_net are
# graded with the reference net_f_df.
# fails: test_net_f_df: the derivative is taken at the activation f = sigma(z) instead of at the pre-activation z
# %% net_f_df
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def net_f_df(z):
    f = sigmoid(z)
    df = sigmoid(f) * (1 - sigmoid(f))
    return f, df
