# Correct, computed in float32 and converted back to float64 at the end (float32 numbers in a float64 array):
# accepted like float32 results, and not mistaken for a finite-difference estimate.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z.astype(np.float32))
    return (da.astype(np.float32) * s * (1 - s)).astype(np.float64)
# %% dense_backward
def dense_backward(dz, a_prev):
    dz32, a32 = dz.astype(np.float32), a_prev.astype(np.float32)
    dW = dz32 @ a32.T / a32.shape[1]
    db = dz32.mean(axis=1, keepdims=True)
    return dW.astype(float), db.astype(float)
