# yhat with a loop over the 3 hidden units (not over the examples, which the task forbids): each unit's column
# of the batch at once. Correct: the number of lines it runs does not depend on the batch size.
# kind: alt
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    s = np.zeros((X.shape[0], 1)) + c
    for j in range(W.shape[1]):
        a_j = relu(X @ W[:, j:j + 1] + b[:, j:j + 1])  # (n, 1): hidden unit j for every example
        s = s + a_j * v[j, 0]
    return sigmoid(s)
