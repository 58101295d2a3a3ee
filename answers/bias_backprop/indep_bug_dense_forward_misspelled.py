# From an independent tester (round 63): told 'did the cell that defines it run without errors?', not the misspelled name.
# dense_forward misspelled as dense_foward (correct body): the task's function is never defined (NameError in its test).
# kind: bug
# fails: test_dense_forward: defines 'dense_foward': a misspelling?
# self-check: test_dense_forward: name 'dense_forward' is not defined
# %% dense_forward
def dense_foward(W, b, a_prev, activation):
    z = W @ a_prev + b
    return z, activation(z)
