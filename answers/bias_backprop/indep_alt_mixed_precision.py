# From an independent tester: float32 sigmoid inside, float64 result (da is float64); used to be called
# "estimated numerically". A float64 answer with float32-level error is accepted when its code computed float32
# numbers (gradcheck.estimated_numerically, testing.CodeWatch).
# sigmoid evaluated in float32, result promoted to float64 by da (not cast back)
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z.astype(np.float32))
    return da * s * (1 - s)
