# From an independent tester (round 86): apply_net memoises on (id(y_in), id(weights), id(biases)): after gradient_step updates the same lists in place (allowed), or a new input reuses a freed id, it returns the stale forward pass.
# kind: bug
# fails: test_apply_net
# %% forward
def forward_step(y, w, b):
    return net_f_df(y.dot(w) + b)


def apply_net(y_in, weights, biases):
    cache = apply_net.__dict__.setdefault("cache", {})
    key = (id(y_in), id(weights), id(biases))
    if key in cache:
        return cache[key]
    y = y_in
    y_layer = [y_in]
    df_layer = []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    cache[key] = (y, y_layer, df_layer)
    return y, y_layer, df_layer
