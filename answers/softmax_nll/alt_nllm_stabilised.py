# nllm "made safe" against log(0) the way many students do it: a clipped copy of a and a tiny epsilon
# inside the log (which moves the loss by about 1e-12 per sample, far below any bug). Correct: full marks.
# kind: alt
# %% nllm
def nllm(a, y):
    eps = 1e-12
    a = np.clip(a, eps, 1.0)
    return -np.sum(y * np.log(a + eps))
