# Bug (np.vectorize pitfall): relu = np.vectorize(lambda t: max(t, 0)) without otypes. np.vectorize takes the
# output dtype from the FIRST element: when it is negative, max(t, 0) returns the int 0, so the whole
# result is an integer array and every positive entry is truncated (2.7 -> 2). The visible check
# (-2, 0, 3) gives the right numbers.
# fails: test_relu: truncated
# %% relu
relu = np.vectorize(lambda t: max(t, 0))
