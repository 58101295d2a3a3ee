# From an independent tester (round 17): softmax returning one buffer kept per shape kept full marks in its tests;
# the worked answers' messages did not name softmax.
# Companion of indep_bug_softmax_shared_buffer (softmax returns a shared per-shape buffer, the real bug), where
# prob_class_2 is stored as a float copy (right value) and only prob_class_2_new is a view into the buffer,
# taken by the LAST softmax call of the cell. In the student's kernel prob_class_2_new therefore holds the
# right value at the end of the notebook; if the grader later calls the student's softmax on the old weights,
# the stored view changes. Expected: test_softmax fails (return new arrays); prob_class_2_new keeps its marks.
# fails: test_softmax
# fails: test_softmax_batch: returned a result (an array, or a list of them) that its next call changed
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
prob_class_2 = float(a_sm[2, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[2]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% after softmax_layer_step
print("prob_class_2_new at the end of the cell:", prob_class_2_new)
