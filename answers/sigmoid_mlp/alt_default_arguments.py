# Correct answers that bind functions as default arguments when they are defined: apply_net binds its
# forward_step, train_net binds apply_net, backprop and gradient_step, train_mlp binds the class. They keep
# their points (the tests then run these bound functions of the student's, which are correct).
# kind: alt
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0, network=SigmoidMLP, data=(XOR_INPUTS, XOR_TARGETS)):
    mlp = network([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(data[0], data[1], learning_rate)
    return mlp
# %% forward
def forward_step(y, w, b):
    return net_f_df(y @ w + b)


def apply_net(y_in, weights, biases, step=forward_step):
    y_layer, df_layer = [y_in], []
    for w, b in zip(weights, biases):
        y, df = step(y_layer[-1], w, b)
        y_layer.append(y)
        df_layer.append(df)
    return y_layer[-1], y_layer, df_layer
# %% train_net
def train_net(y_in, y_target, weights, biases, eta, forward=apply_net, backward=backprop, step=gradient_step):
    y_out, y_layer, df_layer = forward(y_in, weights, biases)
    dw, db = backward(y_target, y_layer, df_layer, weights)
    new_weights, new_biases = step(weights, biases, dw, db, eta)
    return new_weights, new_biases, ((y_out - y_target) ** 2).sum() / (2 * len(y_in))
