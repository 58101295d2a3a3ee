# From an independent tester (round 84): MATLAB habit: dW returned as an np.matrix (right shape and values, but np.matrix type: a later optimiser step W -= lr*grad_W turns W into an np.matrix and W @ x into an (out,1) matrix).
# kind: other
# Kept: an np.matrix is a numpy array with the right shape and values, accepted as a list is (the course's
# policy: the tests convert what a function returns); its later use in the student's own code is that code's to get right.
# %% linear_backward
def linear_backward(dy, x, W, b):
    dX = W.T @ dy
    dW = np.asmatrix(dy, dtype=float).T * np.asmatrix(x, dtype=float)
    return dX, dW, dy
