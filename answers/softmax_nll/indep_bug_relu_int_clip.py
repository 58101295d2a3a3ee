# From an independent tester (round 131): relu written as np.clip(z, 0, np.iinfo(np.int32).max): a student caps at "a big number" and silently breaks every entry above 2.1e9.
# kind: bug
# fails: test_relu: capped at a large number
# %% relu
def relu(z):
    return np.clip(z, 0, 2147483647)
