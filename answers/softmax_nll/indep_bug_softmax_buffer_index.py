# From an independent tester (round 17): softmax returning one buffer kept per shape kept full marks in its tests;
# the worked answers' messages did not name softmax.
# Probe of the grader's handling of stored views: softmax returns a shared per-shape buffer (the real bug), the
# student reads the wrong class for prob_class_2 (a_sm[1], off by one: a plain float, wrong), and stores
# prob_class_2_new as a view a[2] into the buffer, right at the end of the notebook in the student's kernel.
# Expected: test_softmax fails (returns the same array every call), test_prob_before fails (wrong class), and
# test_prob_after keeps its marks since the stored value is right.
# fails: test_softmax
# fails: test_softmax_batch: returned a result (an array, or a list of them) that its next call changed
# fails: test_prob_before: returns an array that its next call changes
# fails: test_prob_after: returns an array that its next call changes
# %% softmax
_SOFTMAX_BUF = {}

def softmax(z):
    z = np.asarray(z, dtype=float)
    key = z.shape
    if key not in _SOFTMAX_BUF:
        _SOFTMAX_BUF[key] = np.empty(z.shape)
    out = _SOFTMAX_BUF[key]
    np.subtract(z, z.max(axis=0, keepdims=True), out=out)
    np.exp(out, out=out)
    out /= out.sum(axis=0, keepdims=True)
    return out
# %% softmax_layer_step
a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = nll_gradient(x_sm, a_sm, y_sm)
prob_class_2 = float(a_sm[1, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[2]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
