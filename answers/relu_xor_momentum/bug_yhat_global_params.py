# yhat unpacks the notebook's params_init instead of its argument params (the visible cell already unpacks params,
# the student overwrote it while debugging). Round 5 of the independent answers: the message named W alone.
# fails: test_yhat: ignores its argument params
# %% yhat
def yhat(X, params):
    W, b, v, c = params_init
    return sigmoid(relu(X @ W + b) @ v + c)
