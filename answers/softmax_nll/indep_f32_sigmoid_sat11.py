# From an independent tester (round 132): float32 sigmoid saturating to exactly 0/1 beyond |z| 11 (1 - sigma(11) = 1.7e-5, inside 2e-5)
# kind: bug
# fails: test_sigmoid: beyond some |z|
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    s = np.float32(1) / (np.float32(1) + np.exp(-np.clip(z, -60, 60)))
    return np.where(z > 11, np.float32(1), np.where(z < -11, np.float32(0), s)).astype(np.float32)
