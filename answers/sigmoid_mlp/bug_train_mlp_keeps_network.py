# train_mlp keeps a module-level cache of the network between calls (state shared between calls): second call continues training.
# fails: test_train_mlp_iterations: kept from an earlier call
# fails: test_xor: made in an earlier test cell
# %% train_mlp
_cache = {}
def train_mlp(n_iterations=1000, learning_rate=3.0):
    if 'mlp' not in _cache:
        _cache['mlp'] = SigmoidMLP([2, 4, 1])
    mlp = _cache['mlp']
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
