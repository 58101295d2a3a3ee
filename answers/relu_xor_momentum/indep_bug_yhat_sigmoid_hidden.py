# From an independent tester (round 7): the message was generic (a wrong entry), now the hidden activation is named.
# yhat uses the sigmoid in the hidden layer instead of the ReLU.
# fails: test_yhat: sigmoid instead of the ReLU
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    return sigmoid(sigmoid(X @ W + b) @ v + c)
