# The reference answers plus experiment cells a student adds after the tasks: they overwrite the
# notebook's data and results (xs, ys, params_init in place, losses_standard, trajectories_momentum,
# Xs, Zs, LR) and names a test could have used (checks, testing, min, all). Experiment cells never
# change a grade: full marks.
# kind: alt
# %% after grad_f
checks = "my own notes"
testing = None
_params = [np.ones((2, 3)), np.ones((1, 3)), np.ones((3, 1)), 1.0]
print(grad_f(_params, np.ones((4, 2)), np.ones((4, 1)))[3])
# %% after gradient_descent
xs = xs * 1000.0
ys = 1.0 - ys
params_init[0][:] = 5.0
trajectories_standard, losses_standard = gradient_descent(xs[:10], ys[:10], params_init, iterations=3, lr=1.0)
losses_standard = [0.0]
LR, ITERATIONS, ALPHA = 10.0, 2, 0.99
# %% after gradient_descent_momentum
trajectories_momentum = [[np.zeros((2, 3)), np.zeros((1, 3)), np.zeros((3, 1)), 0.0]]
losses_momentum = [1e9]
Xs, Ys, Zs = Xs[:3], Ys[:3], ~Zs[:3]
min = max
all = any
