# From an independent tester (round 84): Whole notebook the MATLAB way: np.asmatrix, np.dot everywhere, np.multiply for .*, explicit column vectors, .A to return arrays.
# kind: alt
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.divide(1.0, np.add(1.0, np.exp(-z)))


def relu(z):
    z = np.asarray(z, dtype=float)
    return np.multiply(z, z > 0) + 0.0


def sigmoid_prime(z):
    s = sigmoid(z)
    return np.multiply(s, np.subtract(1.0, s))


def relu_prime(z):
    return np.double(np.asarray(z) > 0)
# %% loss
def loss(y, y_hat):
    Y = np.asmatrix(y); P = np.asmatrix(y_hat)
    L = -(np.multiply(Y, np.log(P)) + np.multiply(1 - Y, np.log(1 - P)))
    return L.A


def loss_derivative(y, y_hat):
    Y = np.asmatrix(y); P = np.asmatrix(y_hat)
    D = -np.divide(Y, P) + np.divide(1 - Y, 1 - P)
    return D.A
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    Xm = np.asmatrix(X); Wm = np.asmatrix(W); bm = np.asmatrix(b); vm = np.asmatrix(v)
    n = Xm.shape[0]
    Z = np.dot(Xm, Wm) + np.dot(np.ones((n, 1)), bm)   # repmat(b, n, 1)
    A = np.asmatrix(relu(Z.A))
    S = np.dot(A, vm) + c
    return sigmoid(S.A)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    X = np.asmatrix(x); Y = np.asmatrix(y); Wm = np.asmatrix(W); vm = np.asmatrix(v)
    n = X.shape[0]
    e = np.asmatrix(np.ones((n, 1)))
    Z = np.dot(X, Wm) + np.dot(e, np.asmatrix(b))
    A = np.asmatrix(relu(Z.A))
    S = np.dot(A, vm) + c
    P = np.asmatrix(sigmoid(S.A))
    dS = np.multiply(np.asmatrix(loss_derivative(Y.A, P.A)), np.asmatrix(sigmoid_prime(S.A)))   # n x 1
    dc = np.dot(e.T, dS).item()   # (was float(...) of a 1x1 matrix: NumPy 2 refuses it)
    dv = np.dot(A.T, dS)                                                                         # 3 x 1
    dZ = np.multiply(np.dot(dS, vm.T), np.asmatrix(relu_prime(Z.A)))                             # n x 3
    dW = np.dot(X.T, dZ)
    db = np.dot(e.T, dZ)
    return [dW.A, db.A, dv.A, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    trajectories = [list(starting_params)]
    losses = np.zeros(iterations + 1)
    losses[0] = total_loss(trajectories[0], x, y)
    for k in range(1, iterations + 1):          # MATLAB 1-based counter, k = 1..iterations
        P = trajectories[k - 1]
        G = grad_f(P, x, y)
        trajectories.append([P[i] - lr * G[i] for i in range(4)])
        losses[k] = total_loss(trajectories[k], x, y)
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    trajectories = [list(starting_params)]
    losses = np.zeros(iterations + 1)
    losses[0] = total_loss(trajectories[0], x, y)
    U = [np.zeros_like(np.asarray(p, dtype=float)) for p in starting_params]
    for k in range(1, iterations + 1):
        P = trajectories[k - 1]
        G = grad_f(P, x, y)
        U = [alpha * U[i] - lr * np.asarray(G[i]) for i in range(4)]
        newP = [P[i] + U[i] for i in range(3)] + [float(P[3] + U[3])]
        trajectories.append(newP)
        losses[k] = total_loss(newP, x, y)
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.asmatrix(np.column_stack((G1.flatten(), G2.flatten())))
    p = yhat(pts.A, params)
    return np.reshape(np.double(p >= 0.5), G1.shape)
