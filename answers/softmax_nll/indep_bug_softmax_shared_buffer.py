# From an independent tester (round 17): softmax returning one buffer kept per shape kept full marks in its tests;
# the worked answers' messages did not name softmax.
# Bug that shows only after several calls: softmax "saves memory" by writing its result into a module-level
# buffer per shape and returning that buffer, so the next call with the same shape overwrites the array an
# earlier call returned (aliasing; the notebook asks functions to return new arrays). Values of each single
# call are right. Worked cells keep views: prob_class_2 = a_sm[2] is overwritten by the later softmax call with
# the new weights, and net_out (a2 of forward) is overwritten when 5c calls forward again.
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
prob_class_2 = a_sm[2]
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = softmax(W_sm_new.T @ x_sm)[2]
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% network_forward_worked
z1_, hidden_out, z2_, net_out = forward(x_net, W1, b1, W2, b2)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
gW1, _, gW2, _ = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * gW2
W1_new = W1 - 0.5 * gW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
net_out_new = forward(x_net, W1_new, b1, W2_new, b2)[3]
print("output after the step:", np.ravel(net_out_new))
