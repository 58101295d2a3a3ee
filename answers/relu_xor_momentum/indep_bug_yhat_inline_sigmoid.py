# From an independent tester (round 46).
# It kept the point: no hidden check of yhat had an output beyond np.exp's range.
# yhat writes the sigmoid inline as exp(s)/(1+exp(s)): nan when the output pre-activation is large.
# fails: test_yhat: the sigmoid written out inside yhat
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    s = relu(X @ W + b) @ v + c
    return np.exp(s) / (1 + np.exp(s))
