# yhat forgets the output bias c. Only test_yhat loses points: grad_f's test, the training test and the
# decision grid use a reference yhat (before, this also cost grad_f and the training test).
# fails: test_yhat: the output bias c is missing
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    return sigmoid(relu(X @ W + b) @ v)
