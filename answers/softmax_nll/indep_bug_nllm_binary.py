# From an independent tester (round 7): the binary cross-entropy on softmax outputs; the message only gave the value.
# Uses the binary NLL formula -(y log a + (1-y) log(1-a)) for the softmax outputs.
# fails: test_nllm: binary cross-entropy
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float); y = np.asarray(y, dtype=float)
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))
