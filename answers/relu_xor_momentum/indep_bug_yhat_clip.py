# From an independent tester (round 43).
# yhat: clips the output to [0.01, 0.99] 'to avoid log(0)', wrong for confident predictions.
# Kept full marks in 1 of 6 runs before round 43's confident batch; told as 'got 0.01'.
# fails: test_yhat: y_hat is clipped to [0.01, 1 - 0.01] in yhat's output
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    return np.clip(sigmoid(relu(X @ W + b) @ v + c), 0.01, 0.99)
