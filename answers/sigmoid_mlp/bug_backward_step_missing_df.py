# Part 2: backward_step returns Delta w^T without the lower layer's f'(z). backprop keeps its points (its test
# uses the reference backward_step), and so does train_net: one bug, charged once.
# fails: test_backward_step: the factor df is missing
# %% backward_step
def backward_step(delta, w, df):
    return delta @ w.T
