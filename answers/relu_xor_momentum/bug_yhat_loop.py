# yhat loops over the rows of X, one example at a time: the values are right, but the notebook asks for
# matrix products, and the hidden check counts the calls of relu and sigmoid per batch.
# fails: test_yhat: it loops over the examples
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    rows = []
    for i in range(X.shape[0]):
        a = relu(X[i : i + 1] @ W + b)
        rows.append(sigmoid(a @ v + c))
    return np.vstack(rows)
