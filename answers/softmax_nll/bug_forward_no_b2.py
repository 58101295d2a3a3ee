# forward forgets the output bias b2. backward keeps its points (graded with a correct forward); the
# worked values before the step are too saturated to show it (within 1e-6), but after the step every
# hidden unit is off and the output is softmax(b2): that answer builds on forward and says so.
# fails: test_forward: the bias b2 is missing
# fails: test_output_after: it builds on your forward, which gives a wrong result
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1
    return z1, a1, z2, softmax(z2)
