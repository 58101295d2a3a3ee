# From an independent tester (round 98): backward_step floors f'(z) at 1e-3 "against vanishing gradients": wrong wherever a lower unit saturates (f'(z) < 1e-3, |z| > ~7).
# kind: bug
# fails: test_backward_step
# %% backward_step
def backward_step(delta, w, df):
    return (delta @ w.T) * np.maximum(df, 1e-3)
