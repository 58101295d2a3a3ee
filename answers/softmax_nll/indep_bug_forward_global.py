# From an independent helper who had not read the tests (the message used to hide the NameError entirely).
# forward uses the global input x_net instead of its argument x (right on the worked example only).
# fails: test_forward: x_net is one of the notebook's names, not defined yet when this test ran (a variable of the notebook used as a global
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x_net + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2)
    return z1, a1, z2, a2
