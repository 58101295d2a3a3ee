# From an independent tester (round 103): bug_relu_column with only the column reshape removed (as the message suggests): now 1-D for every input, still wrong for 2-D z.
# kind: bug
# fails: test_relu
# fails: test_network_output: your relu (forward calls it)
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% relu
def relu(z):
    return np.array([max(v, 0.0) for v in np.ravel(z)])
