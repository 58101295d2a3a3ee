# The seed homework's section 3 as written there: its nll_gradient, -(a - y) x^T (minus the transpose),
# and a worked step that transposes it back, w - 0.5 * grad.T, which is a step *up* the true gradient;
# the probability of class 2 before the step (a 1-element array) is right.
# fails: test_nll_gradient: sign flipped and transposed
# fails: test_nllm_grad_worked: It builds on your nll_gradient, which does not work yet: fix it first; see test_nll_gradient
# fails: test_W_step: it builds on your nll_gradient, which gives a wrong result
# fails: test_prob_after: it builds on W_sm_new, which is not right
# %% nll_gradient
def nll_gradient(x, a, y):
    diff = a - y
    gradient = -np.dot(diff, x.T)
    return gradient
# %% softmax_layer_step
w = W_sm
x = x_sm
y = y_sm
a = softmax(np.dot(w.T, x))
nllm_grad = nll_gradient(x, a, y)
prob_class_2 = a[2]
learning_rate = 0.5
W_sm_new = w - learning_rate * nllm_grad.T
a_updated = softmax(np.dot(W_sm_new.T, x))
prob_class_2_new = a_updated[2]
