# Part 2: net_f_df estimates the derivative by a central difference of the sigmoid instead of using
# sigma(z)(1 - sigma(z)): the visible check passes, the hidden one rejects an estimated derivative. forward_step,
# apply_net and train_net keep their points (they are graded with the reference net_f_df).
# fails: test_net_f_df: estimated numerically
# %% net_f_df
def net_f_df(z):
    h = 1e-5
    sigmoid = lambda x: 1 / (1 + np.exp(-x))
    return sigmoid(z), (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)
