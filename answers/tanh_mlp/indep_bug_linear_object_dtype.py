# From an independent tester (round 79): linear_backward builds dW with a list comprehension into an object-dtype array.
# kind: bug
# Was told "your code gave a ndarray object, which is not plain data".
# fails: test_linear_dW: linear_backward() returned, as the second item of its tuple, a numpy array of dtype object
# %% linear_backward
def linear_backward(dy, x, W, b):
    dW = np.array([[dy[i] * x[j] for j in range(len(x))] for i in range(len(dy))], dtype=object)
    return W.T @ dy, dW, dy
