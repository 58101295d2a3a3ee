# From an independent tester (round 132): sigmoid_backward in float32, the tail |z| > 7 evaluated on z rounded to float16 (reduced precision where values are small)
# kind: bug
# fails: test_sigmoid_backward: a shortcut in the tail
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z32 = np.asarray(z, dtype=np.float32)
    zz = np.where(np.abs(z32) > 7, z32.astype(np.float16).astype(np.float32), z32)
    s = np.float32(1) / (np.float32(1) + np.exp(-zz))
    return np.asarray(da, dtype=np.float32) * s * (np.float32(1) - s)
