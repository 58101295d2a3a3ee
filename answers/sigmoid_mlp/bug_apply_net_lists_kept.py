# apply_net keeps y_layer and df_layer in lists made once, cleared and refilled at every call: each pass is right,
# but the lists it returned before now hold the latest pass (round 38, from round 37's buffers).
# fails: test_apply_net: that its next call changed
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


_Y_LAYER, _DF_LAYER = [], []


def apply_net(y_in, weights, biases):
    _Y_LAYER.clear()
    _DF_LAYER.clear()
    _Y_LAYER.append(y_in)
    y = y_in
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        _Y_LAYER.append(y)
        _DF_LAYER.append(df)
    return y, _Y_LAYER, _DF_LAYER
