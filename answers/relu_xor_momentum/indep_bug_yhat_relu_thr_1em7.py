# From an independent tester (round 130): yhat with the hidden ReLU as np.where(z > 1e-7, z, 0): units within 1e-7 above the kink switched off
# kind: bug
# fails: test_yhat: a margin at the ReLU kink (z > t instead of z > 0)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    z = X @ W + b
    return sigmoid(np.where(z > 1e-7, z, 0.0) @ v + c)
