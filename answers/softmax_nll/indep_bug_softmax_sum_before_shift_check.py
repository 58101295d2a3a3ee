# From an independent tester (round 129): softmax that shifts by the column max only where it thinks it must: when some entry is above 709 (exp overflows)
# or below -745 (exp underflows to 0). Columns whose entries all lie in (-745, -709) stay unshifted: exp gives
# subnormal numbers there, which keep only a few digits, so the probabilities are off by up to ~1e-3 relative.
# kind: bug
# fails: test_softmax_batch: lies between -745 and -709
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    if z.size and (np.max(z) > 709 or np.min(z) < -745):
        z = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)
