# From an independent tester (round 101): apply_net memoised on (input values, id(weights), id(biases)): after the lists are updated in place it returns stale values.
# kind: bug
# fails: test_apply_net: called again with the same argument objects
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


_apply_cache = {}

def apply_net(y_in, weights, biases):
    key = (y_in.shape, y_in.tobytes(), id(weights), id(biases))
    if key in _apply_cache:
        return _apply_cache[key]
    y = y_in
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    _apply_cache[key] = (y, y_layer, df_layer)
    return y, y_layer, df_layer
