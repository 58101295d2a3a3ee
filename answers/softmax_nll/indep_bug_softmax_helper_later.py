# Broken notebook: softmax calls a helper _shift_max that the student defined later, in the relu cell. When
# test_softmax runs the helper does not exist yet (NameError). Worked section 3 (builds on softmax) also runs
# before the helper exists, so its values fail too. Forward/backward tests get the instructor's softmax.
# fails: test_softmax: later cell
# fails: test_softmax_batch: later cell
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# %% softmax
def softmax(z):
    e = np.exp(_shift_max(np.asarray(z, dtype=float)))
    return e / e.sum(axis=0, keepdims=True)
# %% relu
def _shift_max(z):
    return z - z.max(axis=0, keepdims=True)

def relu(z):
    return np.maximum(z, 0.0)
