# From an independent tester (round 132): forward_step in float32 with Euler's number hard-coded as 2.7183 (f = 1 / (1 + 2.7183 ** -z)): every f and df is slightly off (relative error up to |z| * 1.7e-6), a wrong formula that float32's tolerance hides.
# kind: bug
# fails: test_forward_step: e written as a decimal
# %% forward
E = 2.7183
def forward_step(y, w, b):
    z = (y @ w + b).astype(np.float32)
    with np.errstate(over="ignore"):
        f = (1 / (1 + np.float32(E) ** -z)).astype(np.float32)
    return f, (f * (1 - f)).astype(np.float32)


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
