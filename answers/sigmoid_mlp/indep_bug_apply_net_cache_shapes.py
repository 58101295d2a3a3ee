# From an independent tester (round 96): Bug: apply_net memoises on y_in and the weight SHAPES only, so a second call with the same input and different weight values returns the stale pass.
# kind: bug
# fails: test_apply_net
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


_AN_CACHE = {}

def apply_net(y_in, weights, biases):
    key = (y_in.tobytes(), y_in.shape, tuple(w.shape for w in weights))
    if key in _AN_CACHE:
        return _AN_CACHE[key]
    y_layer = [y_in]
    df_layer = []
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    _AN_CACHE[key] = (y, y_layer, df_layer)
    return _AN_CACHE[key]
