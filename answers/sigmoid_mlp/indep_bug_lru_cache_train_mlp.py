# Bug (state between calls): train_mlp decorated with functools.lru_cache "to avoid retraining": a second call with
# the same arguments returns the SAME network object, trained from the first call's seed, ignoring the new seed.
# fails: test_train_mlp_iterations: functools.lru_cache
# %% train_mlp
import functools


@functools.lru_cache(maxsize=None)
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
