# From an independent tester (round 74): yhat unpacks its params but then uses the notebook's global W_init, b_init (first layer) instead of W, b.
# kind: bug
# fails: test_yhat: yhat reads the notebook's W_init and b_init
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    a = relu(X @ W_init + b_init)
    return sigmoid(a @ v + c)
