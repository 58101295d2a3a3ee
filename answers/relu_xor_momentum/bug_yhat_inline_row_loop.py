# yhat computes one example at a time in a loop over the rows, with the ReLU and the sigmoid written inline
# (np.maximum, np.exp): right values, but the task asks for no loop over the examples.
# fails: test_yhat: it loops over the examples
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    out = np.zeros((X.shape[0], 1))
    for i in range(X.shape[0]):
        a = np.maximum(0, X[i] @ W + b)
        out[i] = 1 / (1 + np.exp(-(a @ v + c)))
    return out
