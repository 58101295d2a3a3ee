# Blind round 132 (written from the release notebook alone, without the tests): float32 expm1 sigmoid, float32 loss, float32 yhat, einsum simplified gradient (session 54: its sigmoid through expm1 is 0.5 % off sigma(-11.6), an ulp of 1: the round-132 float32 sigmoid check, relative to the value, failed it; now absolute)
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """float32: for z >= 0 1/(1+exp(-z)), for z < 0 exp(z)/(1+exp(z)) written with expm1."""
    z32 = np.asarray(z, dtype=np.float32)
    em = np.expm1(-np.abs(z32))          # exp(-|z|) - 1
    e = em + np.float32(1)               # exp(-|z|)
    return np.where(z32 >= 0, 1 / (2 + em), e / (2 + em))


def relu(z):
    return np.asarray(z, dtype=np.float32).clip(min=0)


def sigmoid_prime(z):
    s = sigmoid(z)
    t = sigmoid(-np.asarray(z, dtype=np.float32))
    return s * t


def relu_prime(z):
    return (np.asarray(z) > 0).astype(np.int64)
# %% loss
def loss(y, y_hat):
    """Everything in float32 after one cast; 1 - y_hat formed before the cast."""
    q = np.asarray(1.0 - np.asarray(y_hat, dtype=float), dtype=np.float32)
    p = np.asarray(y_hat, dtype=np.float32)
    # labels are 0 or 1: pick the term that is present (a float32 y_hat that rounded to 1 stays finite for y = 1)
    with np.errstate(divide="ignore"):
        return np.where(np.asarray(y) == 1, -np.log(p), -np.log(q))


def loss_derivative(y, y_hat):
    q = np.asarray(1.0 - np.asarray(y_hat, dtype=float), dtype=np.float32)
    p = np.asarray(y_hat, dtype=np.float32)
    with np.errstate(divide="ignore"):
        return np.where(np.asarray(y) == 1, -1 / p, 1 / q)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    f = np.float32
    z = np.asarray(X, f) @ np.asarray(W, f) + np.asarray(b, f)
    s = np.dot(relu(z), np.asarray(v, f)) + f(c)
    return np.asarray(sigmoid(s), dtype=f)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = np.einsum("ni,ij->nj", x, W) + b
    a = relu(z)
    s = np.einsum("nj,jk->nk", a, v) + c
    delta = sigmoid(s) - y        # dl/dy_hat * sigma'(s) simplifies to y_hat - y
    dv = np.einsum("nj,nk->jk", a, delta)
    dz = np.einsum("nk,jk->nj", delta, v) * relu_prime(z)
    dW = np.einsum("ni,nj->ij", x, dz)
    db = dz.sum(axis=0).reshape(1, -1)
    dc = delta.sum()
    return dW, db, dv, dc
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    current = [np.array(p, dtype=float, copy=True) for p in starting_params[:3]] + [float(starting_params[3])]
    trajectories, losses = [], []
    for k in range(iterations + 1):
        trajectories.append(current)
        losses.append(total_loss(current, x, y))
        if k == iterations:
            break
        grads = grad_f(current, x, y)
        current = [np.subtract(p, np.multiply(lr, g)) for p, g in zip(current, grads)]
    return (trajectories, losses)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    G1, G2 = np.asarray(G1), np.asarray(G2)
    points = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(points, params) >= 0.5).astype(float).reshape(G1.shape)
