# From an independent tester (round 132): float32 sigma' zeroed beyond |z| 11.5
# kind: bug
# fails: test_sigmoid_der: beyond some |z|
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=np.float32)
    s = np.float32(1) / (np.float32(1) + np.exp(-np.clip(z, -60, 60)))
    return np.where(np.abs(z) > 11.5, np.float32(0), s * (np.float32(1) - s))
