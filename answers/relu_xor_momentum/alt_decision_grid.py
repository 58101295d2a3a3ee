# Correct decision grids written differently: np.stack on the last axis then reshape, the class as
# floor(y_hat + 1/2) (1 exactly where y_hat >= 0.5, as the text says; np.round would send 0.5 to 0),
# an integer result; and a yhat with np.matmul and a two-step sigmoid. Full marks.
# kind: alt
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    hidden = relu(np.matmul(X, W) + b)
    logits = np.matmul(hidden, v) + c
    return sigmoid(logits)
# %% decision_grid
def decision_grid(params, G1, G2):
    points = np.stack([G1, G2], axis=-1).reshape(-1, 2)
    classes = np.floor(yhat(points, params) + 0.5).astype(int)
    return classes.reshape(G1.shape)
