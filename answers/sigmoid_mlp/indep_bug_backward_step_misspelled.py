# From an independent tester (round 63): told 'did the cell that defines it run without errors?', not the misspelled name.
# Misspelled name: the student defines `backward_stp` (correct body), so `backward_step` is never defined; backprop (reference) calls backward_step.
# kind: bug
# fails: test_backward_step: defines 'backward_stp': a misspelling?
# %% backward_step
def backward_stp(delta, w, df):
    return (delta @ w.T) * df
