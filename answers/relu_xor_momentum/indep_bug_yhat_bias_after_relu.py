# yhat adds the hidden bias after the ReLU: a = relu(X @ W) + b instead of relu(X @ W + b). Shapes are right,
# values wrong where the bias would have switched a unit on/off or shifted it.
# fails: test_yhat: adds the hidden bias after the ReLU
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    a = relu(X @ W) + b
    return sigmoid(a @ v + c)
