# From an independent tester (round 123): relu capped at 1000 (np.clip(z, 0, 1000), "keep activations bounded"): wrong above 1000; the tests' widest inputs were uniform in (-1000, 1000).
# kind: bug
# fails: test_relu: capped
# %% relu
def relu(z):
    return np.clip(z, 0.0, 1000.0)
