# From an independent tester (round 88): yhat adds the output bias c after the sigmoid: sigmoid(a @ v) + c
# kind: bug
# fails: test_yhat: adds the output bias c after the sigmoid
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    return sigmoid(relu(X @ W + b) @ v) + c
