# From an independent tester (round 18): a MemoryError of the student's code became "TypeError: MemoryError.__new__(StudentMemoryError) is not safe".
# dense_forward builds the "ones row" to broadcast b with a shape typo: np.ones((1, B ** 10)) instead of
# np.ones((1, B)) -> an array of billions of entries (MemoryError / killed). Only test_dense_forward should
# lose its point; no other test uses the student's dense_forward.
# fails: test_dense_forward: MemoryError: raised by your dense_forward
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    B = a_prev.shape[1]
    ones = np.ones((1, B ** 10))
    z = W @ a_prev + (b @ ones)[:, :B]
    return z, activation(z)
