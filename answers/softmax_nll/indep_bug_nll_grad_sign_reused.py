# From an independent tester (round 16): test_backward failed on the student's nll_gradient (collateral damage); it now lends the instructor's.
# nll_gradient has its sign flipped (x (y - a)^T: the gradient of the log-LIKELIHOOD, which a student who
# derived "maximise the likelihood" keeps), and backward reuses nll_gradient for dW2 (the rest of backward is
# by hand and right). Per the notebook's rules test_backward gets the instructor's helpers and should pass;
# the worked answers of section 3 are wrong; section 5's W2_new (built on backward, which calls the student's
# nll_gradient) is wrong; W1_new is right. net_out_new is right anyway (after the step every hidden
# unit is off, so the output is SM(b2) whatever W2_new is).
# fails: test_nll_gradient: sign flipped
# fails: test_nllm_grad_worked
# fails: test_W_step
# fails: test_prob_after
# fails: test_W2_update: on your nll_gradient if backward calls it
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.asarray(x, dtype=float) @ (np.asarray(y, dtype=float) - np.asarray(a, dtype=float)).T
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dW2 = nll_gradient(a1, a2, y)
    dz2 = a2 - y
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), dW2, db2
