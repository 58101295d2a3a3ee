# Correct decision grids written differently: np.stack on the last axis then reshape, > 0.5 on the
# rounded probability via np.round (equal to >= 0.5 except exactly at 0.5, which the tests avoid),
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
    classes = np.round(yhat(points, params)).astype(int)
    return classes.reshape(G1.shape)
