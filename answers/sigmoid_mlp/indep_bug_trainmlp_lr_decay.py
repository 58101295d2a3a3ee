# From an independent tester (round 61): train_mlp's message was the generic 'match no number of steps' checklist.
# train_mlp decays the learning rate each iteration (learning_rate *= 0.999 after every step): step 1 right, step k uses 3.0*0.999**(k-1), 1.1 at the end of 1000 steps.
# kind: bug
# self-check: test_train_mlp_iterations: the learning rate changes inside the loop
# fails: test_train_mlp_iterations: the learning rate changes inside the loop
# fails: test_xor: the learning rate changes inside the loop
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for i in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
        learning_rate *= 0.999
    return mlp
