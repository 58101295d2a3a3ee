# forward memoised on id(x) and id(W1): stale when the same arrays come back with other values.
# kind: bug
# fails: test_forward: returned exactly what it had returned for their earlier values
# %% forward
_seen = {}


def forward(x, W1, b1, W2, b2):
    key = (id(x), id(W1))
    if key not in _seen:
        z1 = W1.T @ x + b1
        a1 = relu(z1)
        z2 = W2.T @ a1 + b2
        _seen[key] = (z1, a1, z2, softmax(z2))
    return _seen[key]
