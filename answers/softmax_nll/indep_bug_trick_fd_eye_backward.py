# From an independent tester (round 89): Not derived: backward estimates every gradient by central differences of the summed NLLM, looping over np.eye
# columns, in a helper named like a chain-rule step; h = eps * 1.
# test_backward refuses it; the worked updates built on it are right to their 1e-6 and keep their points, and the
# scan flags the helper's call for the TA (round 89: the step eps ** (1 / 3) * 1 was not read as a step).
# kind: bug
# fails: test_backward: estimated numerically
# flagged: backward calls _chain_rule_term
# %% backward
def _chain_rule_term(loss, p):
    eps = np.finfo(float).eps ** (1 / 3)
    h = eps * 1
    flat = p.ravel()
    out = np.zeros(flat.size)
    for k, e in enumerate(np.eye(flat.size)):
        out[k] = (loss((flat + h * e).reshape(p.shape)) - loss((flat - h * e).reshape(p.shape))) / (2 * h)
    return out.reshape(p.shape)

def backward(x, y, W1, b1, W2, b2):
    def L(W1_, b1_, W2_, b2_):
        z1 = W1_.T @ x + b1_
        a1 = np.maximum(z1, 0)
        z2 = W2_.T @ a1 + b2_
        m = z2.max(axis=0, keepdims=True)
        logp = z2 - m - np.log(np.sum(np.exp(z2 - m), axis=0, keepdims=True))
        return -np.sum(y * logp)
    dW1 = _chain_rule_term(lambda p: L(p, b1, W2, b2), np.array(W1, float))
    db1 = _chain_rule_term(lambda p: L(W1, p, W2, b2), np.array(b1, float))
    dW2 = _chain_rule_term(lambda p: L(W1, b1, p, b2), np.array(W2, float))
    db2 = _chain_rule_term(lambda p: L(W1, b1, W2, p), np.array(b2, float))
    return dW1, db1, dW2, db2
