# forward_step memoised on id(y) and id(w): stale when the same arrays come back with other values (apply_net keeps
# the model answer's own forward_step).
# kind: bug
# fails: test_forward_step: returned exactly what it had returned for their earlier values
# %% forward
_seen = {}


def forward_step(y, w, b):
    key = (id(y), id(w))
    if key not in _seen:
        _seen[key] = net_f_df(y @ w + b)
    return _seen[key]


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        z = y_layer[-1] @ w + b
        y, df = net_f_df(z)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
