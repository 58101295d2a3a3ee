# Part 2: backward_step multiplies into df in place and returns it: the values are right, but it changes the
# df_layer entry it was given, which the notebook forbids (the test checks the caller's array).
# fails: test_backward_step: changed df in place
# %% backward_step
def backward_step(delta, w, df):
    df *= delta @ w.T
    return df
