# From an independent tester (round 36).
# Ported "cache" habit: dense_forward stores its input in a global _cache and dense_backward uses the cached
# a_prev instead of its own argument whenever a cache exists (forward run on other data before backward:
# the cache comes from the wrong call). dW is wrong; db does not depend on a_prev.
# fails: test_dense_backward_dW: dense_backward ignores its argument a_prev
# %% dense_forward
_cache = {}


def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    _cache["a_prev"] = a_prev.copy()
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    a_used = _cache.get("a_prev", a_prev)
    if a_used.shape != a_prev.shape:
        a_used = a_prev
    B = dz.shape[1]
    return dz @ a_used.T / B, dz.mean(axis=1, keepdims=True)
# %% after test_dense_forward
# experiment: a forward pass on a 4x3 layer, batch of 5 (the sizes of the backward test)
_rng = np.random.default_rng(0)
_ = dense_forward(_rng.normal(size=(4, 3)), _rng.normal(size=(4, 1)), _rng.normal(size=(3, 5)), np.tanh)
