# From an independent tester (round 75): apply_net wrapped in a home-made cache keyed on the input's shape and the layer shapes (to speed up the demo): a second call with same-shaped but different inputs or weights returns the first call's stale result.
# kind: bug
# fails: test_apply_net: then returned exactly what an earlier call with other values had returned
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def shape_cache(fn):
    store = {}
    def wrapper(y_in, weights, biases):
        key = (np.shape(y_in),) + tuple(np.shape(w) for w in weights)
        if key not in store:
            store[key] = fn(y_in, weights, biases)
        return store[key]
    return wrapper


@shape_cache
def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        f, df = forward_step(y_layer[-1], w, b)
        y_layer.append(f)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
