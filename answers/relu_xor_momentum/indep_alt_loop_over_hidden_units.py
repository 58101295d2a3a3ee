# From an independent tester (round 9): a loop over the 3 hidden units calls relu 6 times: taken for a loop over the 5 examples.
# Loops over the three hidden UNITS (never over the examples): yhat and grad_f build the network unit by unit
# with column vectors; gradient_descent indexes parameters by position in a while loop.
# kind: alt
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    s = np.zeros((X.shape[0], 1)) + c
    for j in range(W.shape[1]):
        z_j = X @ W[:, j:j + 1] + b[0, j]
        s = s + relu(z_j) * v[j, 0]
    return sigmoid(s)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    n_hidden = W.shape[1]
    zs = [x @ W[:, [j]] + b[:, [j]] for j in range(n_hidden)]
    s = c + sum(relu(zs[j]) * v[j, 0] for j in range(n_hidden))
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dW_cols, db_cols, dv_rows = [], [], []
    for j in range(n_hidden):
        dz_j = delta * v[j, 0] * relu_prime(zs[j])
        dW_cols.append(x.T @ dz_j)
        db_cols.append(dz_j.sum(keepdims=True).reshape(1, 1))
        dv_rows.append((relu(zs[j]).T @ delta).reshape(1, 1))
    return [np.hstack(dW_cols), np.hstack(db_cols), np.vstack(dv_rows), delta.sum()]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    trajectories = [starting_params]
    losses = [total_loss(starting_params, x, y)]
    k = 0
    while k < iterations:
        current = trajectories[k]
        grads = grad_f(current, x, y)
        trajectories.append([current[i] - lr * grads[i] for i in range(4)])
        losses.append(total_loss(trajectories[-1], x, y))
        k += 1
    return trajectories, losses
