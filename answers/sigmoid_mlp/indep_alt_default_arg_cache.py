# backprop caches dw lists in a mutable default argument and returns the same list objects each call (correct values each call, but aliased across calls).
# Declared correct until round 37; since then a result handed out earlier must not change when the function is called
# again (the rule SigmoidMLP.gradients was held to since round 34, now every function's): the lists of the first call
# hold the second call's gradients afterwards.
# fails: test_backprop: that its next call changed
# %% backprop
def backprop(y_target, y_layer, df_layer, weights, _out={}):
    N = y_target.shape[0]
    L = len(weights)
    dw = _out.setdefault('dw', [])
    db = _out.setdefault('db', [])
    dw.clear(); db.clear()
    delta = (y_layer[-1] - y_target) * df_layer[-1]
    for j in range(L - 1, -1, -1):
        dw.insert(0, y_layer[j].T @ delta / N)
        db.insert(0, delta.mean(axis=0))
        if j:
            delta = backward_step(delta, weights[j], df_layer[j - 1])
    return dw, db
