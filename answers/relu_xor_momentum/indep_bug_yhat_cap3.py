# From an independent tester (round 94): yhat caps the hidden activations at 3 (min(relu(z), 3)): wrong whenever a pre-activation exceeds 3.
# kind: bug
# fails: test_yhat: capped at 3
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    a = np.minimum(relu(X @ W + b), 3.0)
    return sigmoid(a @ v + c)
