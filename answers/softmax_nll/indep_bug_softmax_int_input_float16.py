# From an independent tester (round 130): BUG: softmax converts integer input with z.astype(np.float16) "to get floats" (a student copying a dtype from
# elsewhere): integers above 2048 lose their units, above 65504 become inf (nan). Tested integer input: [1, 2, 3] only.
# kind: bug
# fails: test_softmax: cast to float16
# %% softmax
def softmax(z):
    z = np.asarray(z)
    if z.dtype.kind in "iu":
        z = z.astype(np.float16).astype(np.float64)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
