# Round 31, notebook life: the grad_f answer cell is right, and a cell the student added right after it ("what if
# I average?") defines grad_f again, averaging over the batch. The tests grade grad_f as the notebook defines it
# when test_grad_f runs (Restart & Run All order): the averaged one, and the message says where it comes from.
# fails: test_grad_f: grad_f is defined again in a cell you added after grad_f
# %% after grad_f
_grad_f_sum = grad_f


def grad_f(params, x, y):
    g = _grad_f_sum(params, x, y)
    return [gi / len(x) for gi in g]
