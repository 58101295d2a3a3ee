# From an independent tester (round 105): backprop folds the 1/N into the output Delta (it propagates linearly to every layer) and returns tuples; backward_step via einsum.
# kind: alt
# score: full
# %% backward_step
def backward_step(delta, w, df):
    return np.einsum('nu,lu->nl', delta, w) * df
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    N = len(y_target)
    delta = (y_layer[-1] - y_target) * df_layer[-1] / N
    dws, dbs = [], []
    for j in reversed(range(len(weights))):
        dws.append(y_layer[j].T.dot(delta))
        dbs.append(delta.sum(axis=0))
        if j:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return tuple(dws[::-1]), tuple(dbs[::-1])
