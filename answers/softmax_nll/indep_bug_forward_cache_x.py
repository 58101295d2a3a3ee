# forward memoises its result keyed on the input x only ("the input never changes, why recompute"), so a
# second call with the same x but new weights returns stale outputs. First call always right.
# Expect: test_forward catches it only if its hidden checks call forward twice with the same x and different
# weights; test_output_after (net_out_new uses the same x_net with W1_new/W2_new) should fail and name forward.
# Round 33: kept test_forward (never called twice with the same x); it now is.
# fails: test_forward: some of the arguments only
# fails: test_output_after
# %% forward
_cache = {}
def forward(x, W1, b1, W2, b2):
    k = x.tobytes()
    if k not in _cache:
        z1 = W1.T @ x + b1
        a1 = relu(z1)
        z2 = W2.T @ a1 + b2
        _cache[k] = (z1, a1, z2, softmax(z2))
    return _cache[k]
