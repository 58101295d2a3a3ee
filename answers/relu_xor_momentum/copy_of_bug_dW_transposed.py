# Plagiarism pair of bug_dW_transposed (same code, variables renamed, comments changed): it loses
# the same points.
# fails: test_grad_f: it is transposed
# %% grad_f
def grad_f(params, x, y):
    # unpack the weights
    weights, bias, out_w, out_b = params
    pre = x @ weights + bias      # hidden layer before activation
    hidden = relu(pre)
    logit = hidden @ out_w + out_b
    prob = sigmoid(logit)
    err = prob - y                # error at the output
    d_out_w = hidden.T @ err
    d_out_b = float(np.sum(err))
    d_pre = (err @ out_w.T) * relu_prime(pre)
    d_weights = d_pre.T @ x
    d_bias = np.sum(d_pre, axis=0, keepdims=True)
    return [d_weights, d_bias, d_out_w, d_out_b]
