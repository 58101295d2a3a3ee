# From an independent tester (round 75): Correct: worked-answer cells written as re-runnable functions (a first cell run, then the cell re-run with a changed definition), nllm via fancy indexing of the true class.
# kind: alt
# %% nllm
def nllm(a, y):
    a = np.asarray(a, float); y = np.asarray(y)
    a2 = a.reshape(a.shape[0], -1); y2 = y.reshape(y.shape[0], -1)
    idx = np.argmax(y2, axis=0)
    return float(-np.sum(np.log(a2[idx, np.arange(a2.shape[1])])))
# %% softmax_layer_step
def layer_step(W, x, y, rate):
    a = softmax(W.T @ x)
    g = nll_gradient(x, a, y)
    W_new = W - rate * g
    return g, a[2, 0], W_new, softmax(W_new.T @ x)[2, 0]

nllm_grad, prob_class_2, W_sm_new, prob_class_2_new = layer_step(W_sm, x_sm, y_sm, 0.1)   # first run
print("gradient:\n", nllm_grad)
# %% after softmax_layer_step
# re-run with the step size the task asks for
nllm_grad, prob_class_2, W_sm_new, prob_class_2_new = layer_step(W_sm, x_sm, y_sm, rate=0.5)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% network_update_worked
def sgd_step(params, grads, rate=0.5):
    return [p - rate * g for p, g in zip(params, grads)]

_g = backward(x_net, y_net, W1, b1, W2, b2)
W1_new, W2_new = sgd_step([W1, W2], [_g[0], _g[2]])
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
