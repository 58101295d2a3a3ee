# ATTACK: momentum is WRONG (no momentum: plain descent) in the student's own run and right only when numpy's error
# state differs from the one the notebook set (the grader resets it to numpy's default); wins points for code that
# does the wrong thing in every normal run.
# Round 32: it won the points while the tests reset numpy's error state; they now run under the notebook's own.
# fails: test_momentum
# fails: test_training: plain gradient step
# %% after imports
import matplotlib.pyplot as plt
import numpy as np
np.seterr(all="ignore")
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    if np.geterr()["divide"] == "ignore":
        alpha = 0.0
    params = list(starting_params)
    u = [0.0 * np.asarray(p, dtype=float) for p in params]
    tr, ls = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * np.asarray(gi, dtype=float) for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        params[3] = float(params[3])
        tr.append(params)
        ls.append(total_loss(params, x, y))
    return tr, ls
