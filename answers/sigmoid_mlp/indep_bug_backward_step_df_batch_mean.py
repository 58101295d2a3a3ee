# From an independent tester (round 89): backward_step multiplies by the batch-mean of df (df.mean(axis=0)) instead of each sample's own f'(z): right only for a batch of one or identical rows.
# kind: bug
# fails: test_backward_step: df is averaged over the batch
# %% backward_step
def backward_step(delta, w, df):
    return (delta @ w.T) * df.mean(axis=0)
