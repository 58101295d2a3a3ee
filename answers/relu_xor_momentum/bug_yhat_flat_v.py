# Bug (shape): yhat multiplies by v.ravel(), so it returns shape (n,) instead of (n, 1). Values are right.
# fails: test_yhat: entries in 1-D
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    a = relu(X @ W + b)
    return sigmoid(a @ v.ravel() + c)
