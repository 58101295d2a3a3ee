# From an independent tester (round 89): Slip: sigmoid_backward casts the result to float16 "to save memory" (precision far below float32).
# kind: bug
# fails: test_sigmoid_backward: returns float16 numbers
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return (da * s * (1 - s)).astype(np.float16)
