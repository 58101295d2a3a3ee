# From an independent tester (round 106): Loss with log1p for the second term, computed in float32 and converted back to float64 at the end.
# kind: alt
# score: full
# %% loss
def loss(y, y_hat):
    y32 = np.asarray(y, dtype=np.float32)
    p32 = np.asarray(y_hat, dtype=np.float32)
    out = -(y32 * np.log(p32) + (1 - y32) * np.log1p(-p32))
    return out.astype(np.float64)


def loss_derivative(y, y_hat):
    y32 = np.asarray(y, dtype=np.float32)
    p32 = np.asarray(y_hat, dtype=np.float32)
    return (-(y32 / p32) + (1 - y32) / (1 - p32)).astype(np.float64)
