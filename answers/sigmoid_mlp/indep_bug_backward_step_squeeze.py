# From an independent tester (round 99): backward_step squeezes delta: breaks (shape error) when the upper layer has a single unit.
# kind: bug
# fails: test_backward_step
# %% backward_step
def backward_step(delta, w, df):
    return (np.squeeze(delta) @ w.T).reshape(df.shape) * df
