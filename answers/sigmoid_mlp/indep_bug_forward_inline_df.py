# From an independent tester (round 46).
# It kept full marks: no hidden check tried it on inputs where it goes wrong.
# forward_step computes f'(z) itself as exp(-z)/(1+exp(-z))**2 instead of using net_f_df: right for moderate z,
# nan for z << 0 (inf/inf).
# fails: test_forward_step: are they written out again inside forward_step
# %% forward
def forward_step(y, w, b):
    z = y @ w + b
    f = net_f_df(z)[0]
    df = np.exp(-z) / (1 + np.exp(-z)) ** 2
    return f, df


def apply_net(y_in, weights, biases):
    y = y_in
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y, w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y, y_layer, df_layer
