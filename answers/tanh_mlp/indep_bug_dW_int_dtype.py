# Round 38. Bug: dW allocated with np.zeros_like(W) and filled -- fine for float W; here allocated as int via np.zeros(W.shape, dtype=int) (truncation).
# fails: test_linear_dW: an array of integers
# self-check: test_linear_dW: an array of integers
# %% linear_backward
def linear_backward(dy, x, W, b):
    dW = np.zeros(W.shape, dtype=int)
    for i in range(W.shape[0]):
        dW[i, :] = dy[i] * x
    return W.T @ dy, dW, dy
