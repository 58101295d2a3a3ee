# From an independent tester (round 86): net_f_df memoises its result on id(z) "to avoid recomputing": a new array that reuses a freed id, or a z changed in place, gets a stale (even wrongly shaped) result.
# kind: bug
# fails: test_net_f_df
# %% net_f_df
def net_f_df(z):
    cache = net_f_df.__dict__.setdefault("cache", {})
    key = id(z)
    if key in cache:
        return cache[key]
    with np.errstate(over="ignore"):
        f = 1 / (1 + np.exp(-np.asarray(z, dtype=float)))
    df = f * (1 - f)
    cache[key] = (f, df)
    return f, df
