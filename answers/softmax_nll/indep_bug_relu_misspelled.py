# From an independent tester (round 63): told 'did the cell that defines it run without errors?', not the misspelled name.
# relu misspelled as `reLU` (task's function `relu` never defined); the student's own forward calls reLU consistently.
# kind: bug
# fails: test_relu: defines 'reLU': a misspelling?
# %% relu
def reLU(z):
    return np.maximum(z, 0)
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = reLU(z1)
    z2 = W2.T @ a1 + b2
    return z1, a1, z2, softmax(z2)
