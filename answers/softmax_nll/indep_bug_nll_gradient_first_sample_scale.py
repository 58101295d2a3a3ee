# From an independent tester (round 128): nll_gradient clips a - y to [-0.999, 0.999] ("avoid exploding gradients"); wrong where a prediction is confidently wrong.
# The message depends on the draw: "it clips a - y" on the confidently wrong unit, or "imprecise but close" when an
# earlier check meets a clipped entry.
# kind: bug
# fails: test_nll_gradient: nll_gradient
# %% nll_gradient
def nll_gradient(x, a, y):
    return x @ np.clip(a - y, -0.999, 0.999).T
