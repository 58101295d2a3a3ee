# From an independent tester (round 92): Correct: transcribed from the seed's starter/student code (sig, relu_derivative, dL_dyhat, dyhat_dv ...) with the sigmoid factor, row layout.
# kind: alt
# %% activations
def sig(x):
    return 1 / (1 + np.exp(-x))

sigmoid = sig

def relu(z):
    return np.maximum(0, z)

def sigmoid_prime(z):
    return sig(z) * (1 - sig(z))

def relu_derivative(z):
    return (z > 0).astype(int)

relu_prime = relu_derivative
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))

def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    z = np.dot(X, W) + b
    a = relu(z)
    return sig(np.dot(a, v) + c)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    # forward pass
    z = np.dot(x, W) + b
    a = relu(z)
    s = np.dot(a, v) + c
    y_hat = sigmoid(s)
    # backward pass
    dL_dyhat = loss_derivative(y, y_hat)
    dL_ds = dL_dyhat * sigmoid_prime(s)
    dL_dv = np.dot(a.T, dL_ds)
    dL_dc = np.sum(dL_ds)
    dL_da = np.dot(dL_ds, v.T)
    dL_dz = dL_da * relu_prime(z)
    dL_dW = np.dot(x.T, dL_dz)
    dL_db = np.sum(dL_dz, axis=0, keepdims=True)
    return [dL_dW, dL_db, dL_dv, dL_dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    trajectories = [starting_params]
    losses = [total_loss(starting_params, x, y)]
    params = starting_params
    for i in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    trajectories = [starting_params]
    losses = [total_loss(starting_params, x, y)]
    params = starting_params
    velocity = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    for i in range(iterations):
        grads = grad_f(params, x, y)
        velocity = [alpha * u - lr * g for u, g in zip(velocity, grads)]
        params = [p + u for p, u in zip(params, velocity)]
        params[3] = float(params[3])
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    temp = np.concatenate((G1.reshape(-1, 1), G2.reshape(-1, 1)), axis=1)
    Z = (yhat(temp, params) >= 0.5).astype(float)
    return Z.reshape(G1.shape)
