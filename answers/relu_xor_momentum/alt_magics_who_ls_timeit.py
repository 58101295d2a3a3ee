# Honest but unusual: an experiment cell with IPython magics (%timeit, %who) and time.perf_counter timing of the
# student's own functions; decision_grid uses np.dstack and reshape. Correct answer.
# kind: alt
# %% decision_grid
import time

def decision_grid(params, G1, G2):
    t0 = time.perf_counter()
    pts = np.dstack([G1, G2]).reshape(-1, 2)
    Z = (yhat(pts, params) >= 0.5).reshape(np.shape(G1)).astype(float)
    decision_grid.last_seconds = time.perf_counter() - t0
    return Z
# %% after decision_grid
%timeit -n 1 -r 1 decision_grid(params_init, *np.meshgrid(np.linspace(-2, 2, 50), np.linspace(-2, 2, 50)))
%who_ls function
print("seconds:", decision_grid.last_seconds)
