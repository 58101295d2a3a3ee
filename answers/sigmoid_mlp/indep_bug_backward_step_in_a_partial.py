# From an independent tester (round 9): a backward_step bug cost test_backprop: reached through functools.partial.
# backward_step multiplies into the df it was given (df *= ...; return df): right values, but it changes its
# argument. backprop is right and calls it through a functools.partial bound at definition time.
# fails: test_backward_step
# %% backward_step
def backward_step(delta, w, df):
    df *= delta @ w.T
    return df
# %% backprop
import functools

_carry_down = functools.partial(backward_step)


def backprop(y_target, y_layer, df_layer, weights):
    N = y_target.shape[0]
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    dw_layer, db_layer = [], []
    for j in range(len(weights) - 1, -1, -1):
        dw_layer.insert(0, y_layer[j].T @ delta / N)
        db_layer.insert(0, delta.sum(axis=0) / N)
        if j > 0:
            delta = _carry_down(delta, weights[j], df_layer[j - 1])
    return dw_layer, db_layer
