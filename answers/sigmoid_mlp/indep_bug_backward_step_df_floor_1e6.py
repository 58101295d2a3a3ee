# From an independent tester (round 128): backward_step floors f'(z) at 1e-6 "so the gradient never vanishes": wrong wherever a unit is saturated past |z| ~ 13.8.
# kind: bug
# fails: test_backward_step: backward_step
# %% backward_step
def backward_step(delta, w, df):
    return (delta @ w.T) * np.maximum(df, 1e-6)
