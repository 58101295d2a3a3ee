# From an independent tester (round 97): forward_step with einsum and a memo keyed on the values, shapes and dtypes of all three arguments (returns copies); apply_net as a loop.
# kind: alt
# %% forward
_FWD_CACHE = {}

def _key(*arrays):
    return tuple((a.shape, a.dtype.str, a.tobytes()) for a in map(np.ascontiguousarray, arrays))

def forward_step(y, w, b):
    key = _key(y, w, b)
    if key not in _FWD_CACHE:
        z = np.einsum('ni,io->no', y, w) + b
        _FWD_CACHE[key] = net_f_df(z)
    f, df = _FWD_CACHE[key]
    return f.copy(), df.copy()


def apply_net(y_in, weights, biases):
    assert len(weights) == len(biases)
    y_layer = [y_in]
    df_layer = []
    for j in range(len(weights)):
        y, df = forward_step(y_layer[j], weights[j], biases[j])
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
# %% after forward
y = np.arange(6).reshape(3, 2)  # integer inputs
w = np.ones((2, 2)); b = np.zeros(2)  # square layer
print(forward_step(y, w, b)[0])
