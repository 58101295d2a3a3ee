# A correct forward_step computed in float32 through the identity sigma(z) = 0.5 (1 + tanh(z / 2)), and
# sigma'(z) = 0.25 (1 - tanh(z / 2)^2): float32 loses about 1e-7 absolute where sigma is near 0 (1 + tanh cancels),
# which the course accepts (session 54: the round-132 float32 check of forward_step judged f relative to itself and
# failed it at z = -12 to -16).
# kind: alt
# score: full
# %% forward
def forward_step(y, w, b):
    z = (y @ w + b).astype(np.float32)
    t = np.tanh(z / np.float32(2))
    f = np.float32(0.5) * (np.float32(1) + t)
    df = np.float32(0.25) * (np.float32(1) - t * t)
    return f, df


def apply_net(y_in, weights, biases):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = forward_step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
